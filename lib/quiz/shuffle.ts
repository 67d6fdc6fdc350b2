/**
 * Deterministic shuffles for `order` and `match` questions: the same quiz shows the same order on the
 * server render, after hydration and on every visit, and the shown order never equals the answer
 * (a puzzle that starts solved teaches nothing).
 */

import { hashSeed, mulberry32 } from "@/lib/random/seeded";

export { hashSeed, mulberry32 };

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
