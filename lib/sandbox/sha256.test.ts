import { describe, expect, it } from "vitest";
import { digestOf, sha256Hex, utf8Length } from "./sha256";

describe("sha256", () => {
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    ["abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"],
    ["The quick brown fox jumps over the lazy dog", "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"],
  ])("hashes %j", (input, hex) => {
    expect(sha256Hex(input)).toBe(hex);
  });

  it("hashes multi-block input (1,000 'a')", () => {
    expect(sha256Hex("a".repeat(1000))).toBe("41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
  });

  it("encodes UTF-8 (Korean, emoji)", () => {
    expect(utf8Length("한글")).toBe(6);
    expect(utf8Length("🐳")).toBe(4);
    expect(sha256Hex("한글")).toBe(sha256Hex("\u{d55c}\u{ae00}"));
    expect(digestOf("abc")).toBe("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
