/**
 * Pagefind excerpts are HTML-escaped text with <mark> around hits. They are split into plain text
 * pieces here and rendered as React text (never as HTML), so an indexed page can never inject markup.
 */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'", nbsp: " " };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known !== undefined) return known;
    if (name.startsWith("#")) {
      const code = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return whole;
  });
}

export function parseExcerpt(html: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) pieces.push({ text: decodeEntities(stripTags(html.slice(last, m.index))), mark: false });
    pieces.push({ text: decodeEntities(stripTags(m[1])), mark: true });
    last = m.index + m[0].length;
  }
  if (last < html.length) pieces.push({ text: decodeEntities(stripTags(html.slice(last))), mark: false });
  return pieces.filter((p) => p.text.length > 0);
}

function stripTags(s: string): string {
  return s.replace(/<[^>]*>/g, "");
}
