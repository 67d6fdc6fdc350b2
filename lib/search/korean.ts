/**
 * Korean particles (조사) stick to the word before them: 네임스페이스를, 카나리는, 롤백이.
 * Pagefind indexes such words whole and has no Korean stemmer, so at query time each Hangul word
 * is cut back to its stem and searched as a prefix: "네임스페이스를" → "네임스페이스", which then
 * also finds 네임스페이스는, 네임스페이스의 ... in the index.
 */

// Longest first, so "에서" wins over "서" and "으로" over "로".
const PARTICLES = [
  "에서부터", "으로부터", "이라는", "이라고", "에서는", "에게서", "까지는", "부터는", "으로는", "이랑은",
  "에서", "에게", "한테", "께서", "으로", "부터", "까지", "처럼", "보다", "마다", "조차", "이나", "이랑", "하고", "라는", "라고", "이다", "입니다", "이며", "에는", "와는", "과는", "로는", "에도", "이든", "밖에",
  "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "나", "랑", "야",
].sort((a, b) => b.length - a.length);

const HANGUL = /[\uac00-\ud7a3]/;
const MIN_STEM = 2; // 속도 → 속 or 포도 → 포 would be wrong: keep stems of two syllables or more

/** The stem of one word: a trailing particle removed when a stem of ≥ 2 syllables remains. */
export function stripParticle(word: string): string {
  if (!HANGUL.test(word)) return word;
  for (const particle of PARTICLES) {
    if (word.endsWith(particle)) {
      const stem = word.slice(0, -particle.length);
      if ([...stem].length >= MIN_STEM && HANGUL.test(stem.slice(-1))) return stem;
    }
  }
  return word;
}

/** Splits a query into search terms: trimmed, control characters dropped, particles stripped, deduplicated. */
export function searchTerms(query: string, maxTerms = 8): string[] {
  const cleaned = query.replace(/[\u0000-\u001f\u007f]/g, " ").slice(0, 200);
  const words = cleaned.split(/[\s,.;:!?()[\]{}"'“”‘’「」<>]+/).filter(Boolean);
  return [...new Set(words.map(stripParticle))].slice(0, maxTerms);
}
