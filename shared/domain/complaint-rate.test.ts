import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { complaintsPer1000Hundredths } from "./complaint-rate.ts";

describe("upheld complaints per 1,000 reached callbacks", () => {
  it("is exact to two decimals, rounded half-up", () => {
    expect(complaintsPer1000Hundredths(1, 80)).toBe(1250); // 12.50
    expect(complaintsPer1000Hundredths(1, 3)).toBe(33333); // 333.333… → 333.33
    expect(complaintsPer1000Hundredths(2, 3)).toBe(66667); // 666.666… → 666.67
    expect(complaintsPer1000Hundredths(1, 800_000)).toBe(0); // 0.00125 → 0.00
    expect(complaintsPer1000Hundredths(1, 200_000)).toBe(1); // 0.005 → 0.01 (half up)
    expect(complaintsPer1000Hundredths(1, 200_001)).toBe(0); // 0.004999… → 0.00
    expect(complaintsPer1000Hundredths(0, 50)).toBe(0);
  });

  it("has no rate without reached callbacks", () => {
    expect(complaintsPer1000Hundredths(3, 0)).toBeNull();
  });

  it("agrees with exact rational rounding for any counts (property)", () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 1, max: 10_000_000 }), (upheld, callbacks) => {
        const exact = (BigInt(upheld) * 100_000n * 2n + BigInt(callbacks)) / (2n * BigInt(callbacks));
        expect(complaintsPer1000Hundredths(upheld, callbacks)).toBe(Number(exact));
      }),
    );
  });
});
