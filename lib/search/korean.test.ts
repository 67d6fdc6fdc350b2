import { describe, expect, test } from "vitest";
import { searchTerms, stripParticle } from "./korean";

describe("stripParticle", () => {
  test.each([
    ["네임스페이스를", "네임스페이스"],
    ["카나리는", "카나리"],
    ["롤백이", "롤백"],
    ["레플리카셋의", "레플리카셋"],
    ["클러스터에서", "클러스터"],
    ["셀렉터로", "셀렉터"],
    ["파드까지", "파드"],
    ["이미지와", "이미지"],
  ])("%s → %s", (word, stem) => expect(stripParticle(word)).toBe(stem));

  test.each([["카나리"], ["속도"], ["포도"], ["롤백"], ["k8s.io"], ["maxSurge"], ["canary"], ["이"]])(
    "%s stays as it is",
    (word) => expect(stripParticle(word)).toBe(word),
  );
});

describe("searchTerms", () => {
  test("splits, strips particles and drops duplicates", () => {
    expect(searchTerms("  카나리는   카나리를 maxSurge, 롤백이 ")).toEqual(["카나리", "maxSurge", "롤백"]);
  });
  test("control characters and markup punctuation never reach the index", () => {
    expect(searchTerms("<script>\u0000alert(1)</script>")).toEqual(["script", "alert", "1", "/script"]);
  });
  test("huge input is bounded", () => {
    expect(searchTerms("가나다 ".repeat(100_000)).length).toBeLessThanOrEqual(8);
    expect(searchTerms("a".repeat(100_000))[0].length).toBeLessThanOrEqual(200);
  });
});
