import { describe, expect, it } from "vitest";
import { filterRows, NO_FILTERS, type ScorecardRow } from "./scorecard-filters.ts";

const row = (overrides: Partial<ScorecardRow>): ScorecardRow => ({
  centerId: 1,
  code: "EA01001",
  name: "杭州西湖授权服务中心",
  kind: "AUTHORIZED",
  grade: "B",
  city: "杭州",
  cityTier: 2,
  regionId: 1,
  regionCode: "EAST",
  failureStreak: 0,
  openCorrectiveActions: 0,
  status: "ACTIVE",
  visitScore: 9000,
  visitCount: 1,
  callbackScore: null,
  callbackCount: 0,
  spotCheckScore: null,
  spotCheckCount: 0,
  composite: 9000,
  result: "PASS",
  streak: 0,
  previousComposite: null,
  trend: [],
  upheldComplaints: 0,
  complaintsPer1000: null,
  ...overrides,
});

const rows = [
  row({ centerId: 1 }),
  row({
    centerId: 2,
    code: "EA01002",
    city: "宁波",
    kind: "DIRECT",
    cityTier: 3,
    composite: 7999,
    result: "FAIL",
    status: "CORRECTIVE_ACTION",
  }),
  row({ centerId: 3, code: "EA01003", composite: null, result: "INSUFFICIENT_DATA" }),
];
const ids = (filtered: ScorecardRow[]) => filtered.map((r) => r.centerId);

describe("scorecard filters", () => {
  it("keeps everything without filters", () => {
    expect(ids(filterRows(rows, NO_FILTERS, 8000))).toEqual([1, 2, 3]);
  });
  it("finds by code, name or city, case-insensitively", () => {
    expect(ids(filterRows(rows, { ...NO_FILTERS, text: "ea01002" }, 8000))).toEqual([2]);
    expect(ids(filterRows(rows, { ...NO_FILTERS, text: "宁波" }, 8000))).toEqual([2]);
  });
  it("filters by kind, tier, status and result", () => {
    expect(ids(filterRows(rows, { ...NO_FILTERS, kind: "DIRECT" }, 8000))).toEqual([2]);
    expect(ids(filterRows(rows, { ...NO_FILTERS, tier: "2" }, 8000))).toEqual([1, 3]);
    expect(ids(filterRows(rows, { ...NO_FILTERS, status: "CORRECTIVE_ACTION" }, 8000))).toEqual([2]);
    expect(ids(filterRows(rows, { ...NO_FILTERS, result: "INSUFFICIENT_DATA" }, 8000))).toEqual([3]);
  });
  it("'below 80' keeps scored centers under the threshold: 79.99 yes, 80.00 no, no data no", () => {
    expect(ids(filterRows(rows, { ...NO_FILTERS, belowThreshold: true }, 8000))).toEqual([2]);
    expect(ids(filterRows([row({ composite: 8000 })], { ...NO_FILTERS, belowThreshold: true }, 8000))).toEqual([]);
    const complained = [row({ centerId: 7, upheldComplaints: 2 }), row({ centerId: 8 })];
    expect(ids(filterRows(complained, { ...NO_FILTERS, withUpheldComplaints: true }, 8000))).toEqual([7]);
  });
});
