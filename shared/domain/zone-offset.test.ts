import fc from "fast-check";
import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { instantToLocal, localTimeToInstant } from "./zone-offset.ts";

const zones = ["Asia/Shanghai", "America/New_York", "Europe/London", "Asia/Kathmandu", "Australia/Lord_Howe"];

describe("cached zone arithmetic agrees with @date-fns/tz (periods in the policy's zone)", () => {
  it("maps instants to the same local year and month", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const reference = new TZDate(ms, zone);
          expect(instantToLocal(ms, zone)).toEqual({ year: reference.getFullYear(), month: reference.getMonth() + 1 });
        },
      ),
    );
  });
  it("maps local wall-clock times to the same instants", () => {
    fc.assert(
      fc.property(
        fc.record({
          year: fc.integer({ min: 2000, max: 2039 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
          hour: fc.integer({ min: 0, max: 23 }),
          minute: fc.integer({ min: 0, max: 59 }),
          second: fc.integer({ min: 0, max: 59 }),
        }),
        fc.constantFrom(...zones),
        (f, zone) => {
          const reference = new TZDate(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, 0, zone).getTime();
          const ours = localTimeToInstant(f, zone);
          // Inside a spring-forward gap the wall time does not exist; both pick an instant within the hour.
          expect(Math.abs(ours - reference)).toBeLessThanOrEqual(3_600_000);
          if (new TZDate(ours, zone).getHours() === f.hour) expect(ours).toBe(reference);
        },
      ),
    );
  });

  it("reads the offset of the wall time itself next to a change (found by the property above)", () => {
    // Lord Howe moves from +10:30 to +11 at 2018-10-07 02:00 local, which is 2018-10-06T15:30Z:
    // 15:30 local the day before is still +10:30.
    const fields = { year: 2018, month: 10, day: 6, hour: 15, minute: 30, second: 0 };
    expect(new Date(localTimeToInstant(fields, "Australia/Lord_Howe")).toISOString()).toBe("2018-10-06T05:00:00.000Z");
  });
});
