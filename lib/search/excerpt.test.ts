import { expect, test } from "vitest";
import { parseExcerpt } from "./excerpt";

test("marks become flagged pieces and entities are decoded to text", () => {
  expect(parseExcerpt("a <mark>카나리</mark>는 &lt;b&gt; &amp; <mark>x</mark>")).toEqual([
    { text: "a ", mark: false },
    { text: "카나리", mark: true },
    { text: "는 <b> & ", mark: false },
    { text: "x", mark: true },
  ]);
});

test("any other tag is dropped, never passed on", () => {
  expect(parseExcerpt('<img src=x onerror="alert(1)">hi<script>x</script>')).toEqual([{ text: "hix", mark: false }]);
});
