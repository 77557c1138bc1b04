import { describe, expect, it } from "vitest";
import { score, scorecardCsv } from "./export-scorecard.ts";
import type { ScorecardRow } from "./scorecard-filters.ts";

describe("scorecard CSV export", () => {
  it("writes the given rows and columns with two decimals, BOM and formula-safe names", () => {
    const rows = [
      { code: "EA01001", name: "=cmd|' /C calc'!A0", composite: 7999 },
      { code: "EA01002", name: "宁波直营", composite: null },
    ] as unknown as ScorecardRow[];
    const csv = scorecardCsv(rows, [
      { header: "Code", value: (r) => r.code },
      { header: "Name", value: (r) => r.name },
      { header: "Composite", value: (r) => score(r.composite) },
    ]);
    expect(csv).toBe("\uFEFFCode,Name,Composite\r\nEA01001,'=cmd|' /C calc'!A0,79.99\r\nEA01002,宁波直营,\r\n");
  });
});
