/**
 * Deterministic shuffles for `order` and `match` questions: the same quiz shows the same order on the
 * server render, after hydration and on every visit, and the shown order never equals the answer
 * (a puzzle that starts solved teaches nothing).
 */

/** FNV-1a: a stable 32-bit seed from a string such as `deployment-strategies/q4`. */
export function hashSeed(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, seeded, good enough for shuffling a handful of items. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A permutation of 0..n-1 (Fisher–Yates with a seeded generator) that is never the identity when n ≥ 2:
 * if the shuffle happens to come out sorted, it is rotated by one.
 */
export function seededPermutation(n: number, seed: string): number[] {
  const perm = Array.from({ length: n }, (_, i) => i);
  const rand = mulberry32(hashSeed(seed));
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [perm[i], perm[j]] = [perm[j], perm[i]];
  }
  if (n >= 2 && perm.every((v, i) => v === i)) perm.push(perm.shift()!);
  return perm;
}
