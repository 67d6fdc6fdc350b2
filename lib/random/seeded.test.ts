import { expect, test } from "vitest";
import { hashSeed, mulberry32 } from "./seeded";

test("mulberry32 is deterministic per seed and stays in [0, 1)", () => {
  const a = mulberry32(42);
  const b = mulberry32(42);
  const xs = Array.from({ length: 1000 }, () => a());
  expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
  expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  expect(mulberry32(43)()).not.toBe(mulberry32(42)());
});

test("hashSeed is FNV-1a", () => {
  expect(hashSeed("")).toBe(0x811c9dc5);
  expect(hashSeed("a")).toBe(0xe40c292c);
});
