import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SCORING_POLICY as policy } from "./policy.ts";
import {
  cappedReportScore,
  csatHundredths,
  evaluate,
  meanHundredths,
  type SourceScore,
  type SourceScores,
} from "./scoring.ts";

const src = (hundredths: number | null, count: number): SourceScore => ({ hundredths, count });
const none = src(null, 0);
const sources = (visits: SourceScore, callbacks: SourceScore, spotChecks: SourceScore): SourceScores => ({
  visits,
  callbacks,
  spotChecks,
});

describe("critical-fail cap (DOMAIN.md, Scoring: a failed critical item caps the report score)", () => {
  it("caps at the policy's criticalFailCap only when a critical item failed", () => {
    expect(cappedReportScore(9500, true, 0)).toBe(0);
    expect(cappedReportScore(9500, true, 5000)).toBe(5000);
    expect(cappedReportScore(4000, true, 5000)).toBe(4000);
    expect(cappedReportScore(9500, false, 0)).toBe(9500);
  });
});

describe("source score: mean of report scores (DOMAIN.md, Source scores)", () => {
  it("is the mean of the rounded report scores, rounded half-up", () => {
    expect(meanHundredths([8000, 9000])).toBe(8500);
    expect(meanHundredths([8000, 8001])).toBe(8001); // 80.005 → 80.01
    expect(meanHundredths([10000, 10000, 9999])).toBe(10000); // 99.99666… → 100.00
    expect(meanHundredths([0, 0, 1])).toBe(0); // 0.00333… → 0.00
    expect(meanHundredths([])).toBeNull();
  });
});

describe("callback CSAT (DOMAIN.md, Callbacks)", () => {
  it("is 100 × reached callbacks rated 4 or 5 / reached callbacks", () => {
    expect(csatHundredths([5, 4, 3, 2])).toBe(5000);
    expect(csatHundredths([4, 4, 3])).toBe(6667);
    expect(csatHundredths([3, 3, 3, 3, 3, 3, 3, 5])).toBe(1250);
    expect(csatHundredths([])).toBeNull();
  });
  it("counts a rating of exactly 4 as satisfied and exactly 3 as not", () => {
    expect(csatHundredths([4])).toBe(10000);
    expect(csatHundredths([3])).toBe(0);
  });
});

describe("minimum samples (DOMAIN.md, Source scores: a source counts only with enough samples)", () => {
  it("drops callbacks below 10 reached and counts them at exactly 10", () => {
    const nine = evaluate(sources(src(9000, 1), src(0, 9), none), policy);
    expect(nine).toEqual({ composite: 9000, result: "PASS", counted: ["visits"] });
    const ten = evaluate(sources(src(9000, 1), src(0, 10), none), policy);
    expect(ten.counted).toEqual(["visits", "callbacks"]);
    expect(ten.composite).toBe(5143); // 40 × 90 / 70 = 51.428… → 51.43
  });
  it("honours raised minimums for visits and spot-checks", () => {
    const strict = { ...policy, minimums: { visits: 2, callbacks: 10, spotChecks: 3 } };
    expect(evaluate(sources(src(9000, 1), none, src(7000, 2)), strict).result).toBe("INSUFFICIENT_DATA");
    expect(evaluate(sources(src(9000, 2), none, src(7000, 3)), strict).counted).toEqual(["visits", "spotChecks"]);
  });
});

describe("composite (DOMAIN.md, Composite: weights renormalised over the sources that count)", () => {
  it("weighs visits 40, callbacks 30, spot-checks 30 when all count", () => {
    expect(evaluate(sources(src(9000, 1), src(8000, 10), src(7000, 1)), policy).composite).toBe(8100);
  });
  it("renormalises over two sources: 40 × 90 + 30 × 70 over 70", () => {
    expect(evaluate(sources(src(9000, 1), none, src(7000, 1)), policy).composite).toBe(8143); // 81.428… → 81.43
  });
  it("is INSUFFICIENT_DATA when no source counts", () => {
    expect(evaluate(sources(none, src(10000, 3), none), policy)).toEqual({
      composite: null,
      result: "INSUFFICIENT_DATA",
      counted: [],
    });
  });
  it("ignores a source whose policy weight is 0", () => {
    const noVisits = { ...policy, weights: { visits: 0, callbacks: 50, spotChecks: 50 } };
    expect(evaluate(sources(src(0, 5), none, src(8500, 1)), noVisits)).toMatchObject({
      composite: 8500,
      result: "PASS",
    });
  });
});

describe("result (DOMAIN.md, Composite: PASS when composite ≥ threshold, else FAIL)", () => {
  it("passes at exactly 80.00 and fails at 79.99", () => {
    expect(evaluate(sources(src(8000, 1), none, none), policy).result).toBe("PASS");
    expect(evaluate(sources(src(7999, 1), none, none), policy).result).toBe("FAIL");
  });
  it("rounds a composite of exactly 79.995 to 80.00, which passes", () => {
    // visits 79.99 and spot-checks 80.00, equal weights: (7999 + 8000) / 2 = 7999.5 → 8000.
    const equal = { ...policy, weights: { visits: 50, callbacks: 0, spotChecks: 50 } };
    expect(evaluate(sources(src(7999, 1), none, src(8000, 1)), equal)).toMatchObject({
      composite: 8000,
      result: "PASS",
    });
  });
  it("uses the rounded source scores: 79.994999… never reaches the composite unrounded", () => {
    // Mean visit score of 7999 and 8000 … 7999.5 rounds to 8000 before the composite sees it.
    expect(meanHundredths([7999, 8000])).toBe(8000);
  });
});

const hundredths = fc.integer({ min: 0, max: 10000 });
const sourceArb = fc.oneof(fc.constant(none), fc.record({ hundredths, count: fc.integer({ min: 1, max: 50 }) }));

describe("composite algebra (property-based)", () => {
  it("renormalisation with one counting source equals that source", () => {
    fc.assert(
      fc.property(hundredths, fc.integer({ min: 1, max: 100 }), (score, weight) => {
        const onlySpot = { ...policy, weights: { visits: 40, callbacks: 30, spotChecks: weight } };
        expect(evaluate(sources(none, none, src(score, 1)), onlySpot).composite).toBe(score);
      }),
    );
  });
  it("a composite lies between its lowest and highest counting source", () => {
    fc.assert(
      fc.property(sourceArb, sourceArb, sourceArb, (v, c, s) => {
        const evaluated = evaluate(sources(v, c, s), policy);
        const counted = evaluated.counted.map((key) => sources(v, c, s)[key].hundredths ?? 0);
        if (evaluated.composite === null) {
          expect(counted).toEqual([]);
        } else {
          expect(evaluated.composite).toBeGreaterThanOrEqual(Math.min(...counted));
          expect(evaluated.composite).toBeLessThanOrEqual(Math.max(...counted));
        }
      }),
    );
  });
  it("raising one source's score never lowers the composite", () => {
    fc.assert(
      fc.property(sourceArb, sourceArb, hundredths, hundredths, fc.integer({ min: 1, max: 5 }), (c, s, a, b, n) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lower = evaluate(sources(src(low, n), c, s), policy).composite ?? 0;
        const higher = evaluate(sources(src(high, n), c, s), policy).composite ?? 0;
        expect(higher).toBeGreaterThanOrEqual(lower);
      }),
    );
  });
  it("a mean of equal scores is that score", () => {
    fc.assert(
      fc.property(hundredths, fc.integer({ min: 1, max: 200 }), (score, n) => {
        expect(meanHundredths(Array.from({ length: n }, () => score))).toBe(score);
      }),
    );
  });
});
