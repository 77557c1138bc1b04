import { describe, expect, it } from "vitest";
import {
  mapHeader,
  parseCalledAt,
  parseOutcome,
  parseRating,
  parseYesNo,
  validateCallbackRow,
} from "./callback-csv.ts";

describe("callback CSV header (the call center's export, English or Chinese)", () => {
  it("maps English and Chinese headers, in any order", () => {
    const english = mapHeader(["center_code", "work_order_no", "called_at", "outcome", "rating"]);
    expect(english).toEqual({
      map: {
        index: { centerCode: 0, workOrderNo: 1, calledAt: 2, outcome: 3, rating: 4 },
        label: {
          centerCode: "center_code",
          workOrderNo: "work_order_no",
          calledAt: "called_at",
          outcome: "outcome",
          rating: "rating",
        },
      },
    });
    const chinese = mapHeader(["工单号", "服务中心编码", "回访时间", "回访结果", "评分", "备注"]);
    expect("map" in chinese && chinese.map.index.comment).toBe(5);
  });
  it("names the required columns that are missing", () => {
    expect(mapHeader(["work_order_no", "outcome"])).toEqual({
      error: { key: "csv.headerMissing", params: { columns: "center_code, called_at, rating" } },
    });
  });
});

describe("callback CSV values (DOMAIN.md, Bad input)", () => {
  it("reads a local time in the policy's zone, and ISO 8601 with a zone", () => {
    expect(parseCalledAt("2026-11-01 00:30", "Asia/Shanghai")).toEqual({
      ok: true,
      value: new Date("2026-10-31T16:30:00Z"),
    });
    expect(parseCalledAt("2026/11/01 00:30:15", "Asia/Shanghai")).toEqual({
      ok: true,
      value: new Date("2026-10-31T16:30:15Z"),
    });
    expect(parseCalledAt("2026-10-31T16:30:00Z", "Asia/Shanghai")).toEqual({
      ok: true,
      value: new Date("2026-10-31T16:30:00Z"),
    });
  });
  it("refuses impossible dates instead of rolling them over", () => {
    for (const text of ["2026-02-30 10:00", "2026-10-31 25:00", "2026-10-31", "yesterday"]) {
      expect(parseCalledAt(text, "Asia/Shanghai")).toEqual({
        ok: false,
        message: { key: "csv.dateTime" },
      });
    }
  });
  it("reads outcomes, ratings 1–5 and yes/no in English or Chinese", () => {
    expect(parseOutcome("已接通")).toEqual({ ok: true, value: "REACHED" });
    expect(parseOutcome("reached")).toEqual({ ok: true, value: "REACHED" });
    expect(parseOutcome("maybe")).toMatchObject({ ok: false });
    expect([parseRating("5"), parseRating(""), parseRating("0"), parseRating("4.5")]).toEqual([
      { ok: true, value: 5 },
      { ok: true, value: null },
      { ok: false, message: { key: "callback.ratingRange" } },
      { ok: false, message: { key: "callback.ratingRange" } },
    ]);
    expect(
      [parseYesNo("是"), parseYesNo("N"), parseYesNo(""), parseYesNo("perhaps")].map((r) => (r.ok ? r.value : "error")),
    ).toEqual([true, false, null, "error"]);
  });
  it("reports every problem of a row, one per column", () => {
    const header = mapHeader(["work_order_no", "center_code", "called_at", "outcome", "rating"]);
    if (!("map" in header)) throw new Error("header");
    const result = validateCallbackRow(["", "C1", "2026-11-01 00:30", "REFUSED", "3"], header.map, {
      now: new Date("2026-11-24T00:00:00Z"),
      timeZone: "Asia/Shanghai",
      centers: new Map([["C1", { id: 1, revoked: false }]]),
      firstPeriod: "2026-01",
      isClosed: (key) => key === "2026-11",
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { column: "work_order_no", message: { key: "callback.workOrderEmpty" } },
        { column: "called_at", message: { key: "record.periodClosed", params: { periodKey: "2026-11" } } },
        { column: "rating", message: { key: "callback.ratingNotReached" } },
      ],
    });
  });
});
