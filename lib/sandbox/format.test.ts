import { describe, expect, it } from "vitest";
import { ctrBytes, ctrTable, dockerSize, dockerTable, goDuration, goFixed, goG, humanDuration, humanSize, lsHuman, tabwrite } from "./format";

describe("Go tabwriter", () => {
  it("pads with minwidth and padding, last cell unpadded (docker: 10, 3)", () => {
    expect(
      dockerTable([
        ["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"],
        ["myid/hello", "1.0.0", "5c83fc163ef9", "4 seconds ago", "250MB"],
      ]),
    ).toBe(
      "REPOSITORY   TAG       IMAGE ID       CREATED         SIZE\n" +
        "myid/hello   1.0.0     5c83fc163ef9   4 seconds ago   250MB\n",
    );
  });

  it("ctr rows end with a tab, so the last column is padded too (1, 1)", () => {
    expect(ctrTable([["NAME", "LABELS"], ["k8s.io", ""]])).toBe("NAME   LABELS \nk8s.io        \n");
  });

  it("column widths come from every row of the block", () => {
    expect(tabwrite("a\tb\nlonger\tc", 1, 1)).toBe("a      b\nlonger c");
  });

  it("handles ragged rows block by block like text/tabwriter", () => {
    // The middle line has no cell, so it splits column 0 into two blocks.
    expect(tabwrite("aaaa\tx\nplain\nb\ty", 1, 1)).toBe("aaaa x\nplain\nb y");
  });

  it("counts runes, not UTF-16 units", () => {
    expect(tabwrite("한\tx\nab\ty", 1, 1)).toBe("한  x\nab y");
  });
});

describe("Go %g / %f", () => {
  it.each([
    [490.0, "490"],
    [22.5, "22.5"],
    [22.0, "22"],
    [1.05, "1.05"],
    [1.5, "1.5"],
    [100, "100"],
    [999.9, "1e+03"],
    [1234.5, "1.23e+03"],
    [0.00001234, "1.23e-05"],
    [0, "0"],
  ])("%%.3g of %d is %s", (x, s) => {
    expect(goG(x, 3)).toBe(s);
  });

  it("rounds half to even on the exact binary value", () => {
    expect(goFixed(0.25, 1)).toBe("0.2"); // exact tie -> even
    expect(goFixed(0.35, 1)).toBe("0.3"); // 0.34999… in binary
    expect(goFixed(0.75, 1)).toBe("0.8");
    expect(goFixed(9.96, 1)).toBe("10.0");
    expect(goG(2.225, 3)).toBe("2.23"); // 2.22500000000000008882 in binary
  });
});

describe("sizes", () => {
  it("Docker SIZE: base 1000, 3 significant digits, no space", () => {
    expect(dockerSize(489_921_634)).toBe("490MB");
    expect(dockerSize(22_500_000)).toBe("22.5MB");
    expect(dockerSize(1_050_000_000)).toBe("1.05GB");
    expect(dockerSize(0)).toBe("0B");
    expect(dockerSize(999)).toBe("999B");
    expect(dockerSize(1500)).toBe("1.5kB");
    expect(dockerSize(999_950_000)).toBe("1e+03MB"); // Go really prints this
  });

  it("BuildKit progress: 4 significant digits", () => {
    expect(humanSize(61)).toBe("61B");
    expect(humanSize(29_150_000)).toBe("29.15MB");
  });

  it("ctr SIZE: base 1024, one decimal, a space", () => {
    expect(ctrBytes(260_361_420)).toBe("248.3 MiB");
    expect(ctrBytes(301_773)).toBe("294.7 KiB");
    expect(ctrBytes(0)).toBe("0.0 B");
    expect(ctrBytes(1023)).toBe("1023.0 B");
    expect(ctrBytes(1024 ** 3)).toBe("1.0 GiB");
  });

  it("ls -h rounds up, one decimal below 10", () => {
    expect(lsHuman(61)).toBe("61");
    expect(lsHuman(1536)).toBe("1.5K");
    expect(lsHuman(1025)).toBe("1.1K");
    expect(lsHuman(10_239)).toBe("10K");
    expect(lsHuman(493_900_800)).toBe("472M");
  });
});

describe("durations", () => {
  it.each([
    [500, "Less than a second"],
    [1000, "1 second"],
    [4000, "4 seconds"],
    [59_999, "59 seconds"],
    [60_000, "About a minute"],
    [119_000, "About a minute"],
    [120_000, "2 minutes"],
    [59 * 60_000, "59 minutes"],
    [60 * 60_000, "About an hour"],
    [3 * 3600_000, "3 hours"],
    [47 * 3600_000, "47 hours"],
    [3 * 86400_000, "3 days"],
    [20 * 86400_000, "2 weeks"],
    [634 * 86400_000, "21 months"],
    [800 * 86400_000, "2 years"],
  ])("HumanDuration(%d ms) = %s", (ms, s) => {
    expect(humanDuration(ms)).toBe(s);
  });

  it("formats time.Duration like Go", () => {
    expect(goDuration(262_834_386)).toBe("262.834386ms");
    expect(goDuration(1_234_567_891)).toBe("1.234567891s");
    expect(goDuration(2_000_000_000)).toBe("2s");
    expect(goDuration(1_500)).toBe("1.5µs");
    expect(goDuration(61_500_000_000)).toBe("1m1.5s");
  });
});
