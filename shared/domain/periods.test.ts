import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodBounds, periodKeyOf, shiftPeriod } from "./periods.ts";

describe("period of an instant (DOMAIN.md, Periods)", () => {
  it("puts 2026-10-31T16:30:00Z in 2026-11 in Shanghai", () => {
    expect(periodKeyOf(new Date("2026-10-31T16:30:00Z"), "Asia/Shanghai")).toBe("2026-11");
  });

  it("puts the last millisecond before Shanghai midnight in the earlier month", () => {
    expect(periodKeyOf(new Date("2026-10-31T15:59:59.999Z"), "Asia/Shanghai")).toBe("2026-10");
    expect(periodKeyOf(new Date("2026-10-31T16:00:00.000Z"), "Asia/Shanghai")).toBe("2026-11");
  });

  it("uses the zone it is given", () => {
    expect(periodKeyOf(new Date("2026-10-31T16:30:00Z"), "UTC")).toBe("2026-10");
  });

  it("is stable under the zone's month boundaries: every instant of a period maps back to it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000 * 12, max: 2100 * 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (index, fraction) => {
          const key = shiftPeriod("2000-01", index - 2000 * 12);
          const { start, end } = periodBounds(key, "Asia/Shanghai");
          const instant = new Date(start.getTime() + Math.floor(fraction * (end.getTime() - start.getTime() - 1)));
          expect(periodKeyOf(instant, "Asia/Shanghai")).toBe(key);
          expect(periodKeyOf(new Date(end.getTime()), "Asia/Shanghai")).toBe(shiftPeriod(key, 1));
        },
      ),
    );
  });
});

describe("period arithmetic", () => {
  it("shifts across years", () => {
    expect(shiftPeriod("2026-12", 1)).toBe("2027-01");
    expect(shiftPeriod("2026-01", -1)).toBe("2025-12");
    expect(shiftPeriod("2026-11", -11)).toBe("2025-12");
  });

  it("rejects what is not YYYY-MM", () => {
    expect(() => shiftPeriod("2026-13", 1)).toThrow(/expected YYYY-MM/);
  });
});
