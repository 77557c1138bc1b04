import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closeRefusal, existingPeriods, nextToClose, type PeriodStanding, reopenRefusal } from "./period-order.ts";
import { shiftPeriod } from "./periods.ts";

const standing = (closed: string[], reopened: string[] = []): PeriodStanding => ({
  firstPeriod: "2026-01",
  currentPeriod: "2026-11",
  closed,
  reopened,
});
const months = (from: string, to: string) => existingPeriods({ firstPeriod: from, currentPeriod: to }).reverse();

describe("period order", () => {
  it("starts at the first period and refuses anything before it", () => {
    expect(nextToClose(standing([]))).toBe("2026-01");
    expect(closeRefusal(standing([]), "2025-12")).toEqual({
      reason: "BEFORE_FIRST_PERIOD",
      periodKey: "2025-12",
      firstPeriod: "2026-01",
    });
    expect(closeRefusal(standing([]), "2026-02")).toMatchObject({ reason: "EARLIER_FIRST", mustCloseFirst: "2026-01" });
    expect(closeRefusal(standing([]), "2026-01")).toBeNull();
  });

  it("closes the month after the latest closed one, once it has ended", () => {
    const s = standing(months("2026-01", "2026-10"));
    expect(nextToClose(s)).toBeNull();
    expect(closeRefusal(s, "2026-11")).toEqual({ reason: "NOT_ENDED", periodKey: "2026-11" });
    expect(closeRefusal(s, "2026-10")).toEqual({ reason: "ALREADY_CLOSED", periodKey: "2026-10" });
  });

  it("with 2026-10 and 2026-09 reopened, 2026-09 closes first (issue: 10 was accepted)", () => {
    const s = standing(months("2026-01", "2026-08"), ["2026-09", "2026-10"]);
    expect(nextToClose(s)).toBe("2026-09");
    expect(closeRefusal(s, "2026-10")).toEqual({
      reason: "EARLIER_FIRST",
      periodKey: "2026-10",
      mustCloseFirst: "2026-09",
    });
    expect(closeRefusal(s, "2026-09")).toBeNull();
  });

  it("with 06–10 reopened, 06 closes first (issue: only 10 was accepted)", () => {
    const s = standing(months("2026-01", "2026-05"), months("2026-06", "2026-10"));
    expect(closeRefusal(s, "2026-06")).toBeNull();
    for (const key of months("2026-07", "2026-10")) {
      expect(closeRefusal(s, key)).toMatchObject({ reason: "EARLIER_FIRST", mustCloseFirst: "2026-06" });
    }
  });

  it("reopens only the latest closed period, and again the one before it", () => {
    const s = standing(months("2026-01", "2026-09"), ["2026-10"]);
    expect(reopenRefusal(s, "2026-09")).toBeNull();
    expect(reopenRefusal(s, "2026-10")).toEqual({ reason: "ALREADY_REOPENED", periodKey: "2026-10" });
    expect(reopenRefusal(s, "2026-08")).toEqual({
      reason: "NOT_LATEST_CLOSED",
      periodKey: "2026-08",
      latestClosed: "2026-09",
    });
    expect(reopenRefusal(standing([]), "2026-01")).toEqual({ reason: "NOTHING_CLOSED", periodKey: "2026-01" });
  });

  it("lists periods from the first one to the current one, newest first", () => {
    expect(existingPeriods({ firstPeriod: "2025-11", currentPeriod: "2026-02" })).toEqual([
      "2026-02",
      "2026-01",
      "2025-12",
      "2025-11",
    ]);
  });

  it("any sequence of allowed closes and reopens keeps the closed periods an unbroken run from the first", () => {
    const first = "2025-06";
    const current = "2026-11";
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(20)), { maxLength: 60 }), (steps) => {
        const closed = new Set<string>();
        const reopened = new Set<string>();
        for (const [close, offset] of steps) {
          const key = shiftPeriod(first, offset);
          const s = { firstPeriod: first, currentPeriod: current, closed: [...closed], reopened: [...reopened] };
          if (close && closeRefusal(s, key) === null) {
            closed.add(key);
            reopened.delete(key);
          } else if (!close && reopenRefusal(s, key) === null) {
            closed.delete(key);
            reopened.add(key);
          }
          const sorted = [...closed].sort();
          sorted.forEach((k, i) => expect(k).toBe(shiftPeriod(first, i)));
          for (const r of reopened) expect(r > (sorted.at(-1) ?? "")).toBe(true);
        }
      }),
    );
  });
});
