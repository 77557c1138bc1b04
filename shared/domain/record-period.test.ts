import { describe, expect, it } from "vitest";
import { checkRecordPeriod } from "./record-period.ts";

const context = {
  now: new Date("2026-11-25T10:00:00Z"),
  timeZone: "Asia/Shanghai",
  firstPeriod: "2025-12",
  isClosed: (key: string) => key <= "2026-09",
};

describe("the period a record belongs to", () => {
  it("accepts an open period from the first one on, in the policy's zone", () => {
    expect(checkRecordPeriod(new Date("2026-10-31T16:30:00Z"), context)).toEqual({ ok: true, periodKey: "2026-11" });
    expect(checkRecordPeriod(new Date("2026-11-25T10:00:00Z"), context)).toEqual({ ok: true, periodKey: "2026-11" });
  });

  it("refuses the future, even by a millisecond", () => {
    expect(checkRecordPeriod(new Date("2026-11-25T10:00:00.001Z"), context)).toMatchObject({
      ok: false,
      rule: "FUTURE",
    });
  });

  it("refuses a record before the first period, naming it (2001 and the month just before)", () => {
    for (const at of ["2001-01-01T00:00:00Z", "2025-11-30T15:59:59.999Z"]) {
      const check = checkRecordPeriod(new Date(at), context);
      expect(check).toMatchObject({ ok: false, rule: "BEFORE_FIRST_PERIOD" });
      expect(check.ok ? null : check.message.params).toMatchObject({ firstPeriod: "2025-12" });
    }
    expect(checkRecordPeriod(new Date("2025-11-30T16:00:00Z"), context)).toMatchObject({
      periodKey: "2025-12",
      rule: "CLOSED",
    });
  });

  it("refuses a closed period, naming it", () => {
    const check = checkRecordPeriod(new Date("2026-09-30T15:59:59Z"), context);
    expect(check).toMatchObject({ ok: false, rule: "CLOSED", periodKey: "2026-09" });
  });
});
