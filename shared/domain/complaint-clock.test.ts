import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clockAt, clockRank, INTERVENTION_HOURS, CENTER_ANSWER_HOURS } from "./complaint-clock.ts";

const H = 3_600_000;
const start = new Date("2026-11-30T22:00:00+08:00");
const at = (hours: number, extraMs = 0) => new Date(start.getTime() + hours * H + extraMs);
const intervention = (metAt: Date | null) => ({ startedAt: start, hours: INTERVENTION_HOURS, metAt });

describe("the 24-hour clock at its boundaries (DOMAIN-2.md, Complaints)", () => {
  it("is met by an intervention at exactly 24 h, breached a millisecond later", () => {
    expect(clockAt(intervention(at(24)), at(30)).state).toBe("MET");
    expect(clockAt(intervention(at(24, 1)), at(30)).state).toBe("BREACHED");
  });

  it("runs with more than 4 h left, is at risk at exactly 4 h left and at due, breached after due", () => {
    expect(clockAt(intervention(null), at(20, -1)).state).toBe("RUNNING");
    expect(clockAt(intervention(null), at(20)).state).toBe("AT_RISK");
    expect(clockAt(intervention(null), at(24)).state).toBe("AT_RISK");
    expect(clockAt(intervention(null), at(24, 1)).state).toBe("BREACHED");
  });

  it("counts nights and weekends: due is 24 hours later on the clock", () => {
    expect(clockAt(intervention(null), start).dueAt.toISOString()).toBe("2026-12-01T14:00:00.000Z");
    expect(clockAt(intervention(null), at(1)).msLeft).toBe(23 * H);
  });

  it("stays breached after a late intervention, and met after an early one", () => {
    expect(clockAt(intervention(at(25)), at(26)).state).toBe("BREACHED");
    expect(clockAt(intervention(at(1)), at(1000)).state).toBe("MET");
  });

  it("does not count an intervention that has not happened yet at the time read", () => {
    expect(clockAt(intervention(at(10)), at(5)).state).toBe("RUNNING");
  });

  it("gives the center 48 hours to answer, with the same states", () => {
    const center = { startedAt: start, hours: CENTER_ANSWER_HOURS, metAt: null };
    expect(clockAt(center, at(44, -1)).state).toBe("RUNNING");
    expect(clockAt(center, at(44)).state).toBe("AT_RISK");
    expect(clockAt({ ...center, metAt: at(48) }, at(50)).state).toBe("MET");
  });
});

describe("the clock only moves forward in time (property)", () => {
  const hours = fc.integer({ min: -10 * H, max: 60 * H });
  it("a later reading of the same facts never has a lower rank, and a decided state never changes", () => {
    fc.assert(
      fc.property(
        fc.option(hours, { nil: null }),
        hours,
        hours,
        fc.constantFrom(INTERVENTION_HOURS, CENTER_ANSWER_HOURS),
        (metOffset, a, b, clockHours) => {
          const facts = { startedAt: start, hours: clockHours, metAt: metOffset === null ? null : at(0, metOffset) };
          const [earlier, later] = a <= b ? [a, b] : [b, a];
          const first = clockAt(facts, at(0, earlier)).state;
          const second = clockAt(facts, at(0, later)).state;
          expect(clockRank(second)).toBeGreaterThanOrEqual(clockRank(first));
          if (clockRank(first) === 2) expect(second).toBe(first);
        },
      ),
    );
  });

  it("is MET exactly when the intervention came at or before due", () => {
    fc.assert(
      fc.property(hours, (metOffset) => {
        const metAt = at(0, Math.max(0, metOffset));
        const state = clockAt(intervention(metAt), at(100)).state;
        expect(state === "MET").toBe(metAt.getTime() <= at(24).getTime());
      }),
    );
  });
});
