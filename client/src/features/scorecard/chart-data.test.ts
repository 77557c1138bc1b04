import { describe, expect, it } from "vitest";
import { type ChartRow, compositeDistribution, groupComparison, sourceContributions } from "./chart-data.ts";

const row = (composite: number | null, overrides: Partial<ChartRow> = {}): ChartRow => ({
  composite,
  result: composite === null ? "INSUFFICIENT_DATA" : composite >= 8000 ? "PASS" : "FAIL",
  visitScore: composite,
  visitCount: composite === null ? 0 : 1,
  callbackScore: null,
  callbackCount: 0,
  spotCheckScore: null,
  spotCheckCount: 0,
  ...overrides,
});

describe("composite distribution chart", () => {
  it("puts each composite in its 5-point bin, 100.00 in the last, and skips centers without data", () => {
    const bins = compositeDistribution([row(7999), row(8000), row(10000), row(0), row(null)]);
    expect(bins).toHaveLength(20);
    expect(bins[15]).toEqual({ bin: "75–80", from: 75, centers: 1, failing: true });
    expect(bins[16]).toEqual({ bin: "80–85", from: 80, centers: 1, failing: false });
    expect(bins[19]!.centers).toBe(1);
    expect(bins[0]!.centers).toBe(1);
    expect(bins.reduce((n, b) => n + b.centers, 0)).toBe(4);
  });
});

describe("group comparison chart (regions or cities)", () => {
  it("gives each group's mean composite and pass rate of its evaluated centers", () => {
    const rows = [
      { ...row(9000), city: "杭州" },
      { ...row(7000), city: "杭州" },
      { ...row(null), city: "杭州" },
      { ...row(8550), city: "宁波" },
    ];
    expect(groupComparison(rows, (r) => r.city)).toEqual([
      { group: "宁波", centers: 1, meanComposite: 85.5, passRate: 100 },
      { group: "杭州", centers: 3, meanComposite: 80, passRate: 50 },
    ]);
  });
});

describe("source contribution chart", () => {
  it("averages each source over the centers that have it", () => {
    const rows = [row(9000, { callbackScore: 7000, callbackCount: 10 }), row(8000)];
    expect(sourceContributions(rows)).toEqual([
      { source: "visits", mean: 85, centers: 2 },
      { source: "callbacks", mean: 70, centers: 1 },
      { source: "spotChecks", mean: null, centers: 0 },
    ]);
  });
});
