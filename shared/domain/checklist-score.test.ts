import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ChecklistAnswer,
  checklistScore,
  formatHundredths,
  ratioToHundredths,
  type ScoredItem,
} from "./checklist-score.ts";

const item = (weight: number, answer: ChecklistAnswer, critical = false): ScoredItem => ({ weight, answer, critical });

describe("checklist report score (DOMAIN.md, Scoring)", () => {
  it("is 100 × Σ weight(PASS) / Σ weight(PASS or FAIL)", () => {
    expect(checklistScore([item(3, "PASS"), item(1, "FAIL")], 0)).toEqual({ hundredths: 7500, criticalFailed: false });
  });

  it("rounds half-up to two decimals: 2/3 → 66.67, 1/8 → 12.50, 1/6 → 16.67", () => {
    expect(checklistScore([item(2, "PASS"), item(1, "FAIL")], 0).hundredths).toBe(6667);
    expect(checklistScore([item(1, "PASS"), item(7, "FAIL")], 0).hundredths).toBe(1250);
    expect(checklistScore([item(1, "PASS"), item(5, "FAIL")], 0).hundredths).toBe(1667);
    // 79.995 exactly: 15999 / 20000 → rounds up to 80.00.
    expect(ratioToHundredths(15999, 20000)).toBe(8000);
  });

  it("ignores N/A items; all N/A gives no score", () => {
    expect(checklistScore([item(5, "PASS"), item(9, "NA")], 0).hundredths).toBe(10000);
    expect(checklistScore([item(5, "NA"), item(9, "NA")], 0)).toEqual({ hundredths: null, criticalFailed: false });
  });

  it("caps the score at criticalFailCap when a critical item fails", () => {
    const answers = [item(90, "PASS"), item(10, "FAIL", true)];
    expect(checklistScore(answers, 0)).toEqual({ hundredths: 0, criticalFailed: true });
    expect(checklistScore(answers, 5000)).toEqual({ hundredths: 5000, criticalFailed: true });
    // A cap above the raw score leaves the raw score.
    expect(checklistScore([item(1, "PASS"), item(9, "FAIL", true)], 5000).hundredths).toBe(1000);
  });

  const answersArb = fc.array(
    fc.record({
      weight: fc.integer({ min: 1, max: 50 }),
      critical: fc.boolean(),
      answer: fc.constantFrom<ChecklistAnswer>("PASS", "FAIL", "NA"),
    }),
    { minLength: 1, maxLength: 20 },
  );

  it("never drops when a PASS answer is added", () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 1, max: 50 }), fc.boolean(), (answers, weight, critical) => {
        const before = checklistScore(answers, 0).hundredths;
        const after = checklistScore([...answers, item(weight, "PASS", critical)], 0).hundredths;
        expect(after).toBeGreaterThanOrEqual(before ?? 0);
      }),
    );
  });

  it("is unchanged by N/A items", () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 1, max: 50 }), fc.boolean(), (answers, weight, critical) => {
        expect(checklistScore([...answers, item(weight, "NA", critical)], 0)).toEqual(checklistScore(answers, 0));
      }),
    );
  });

  it("stays within 0–100", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { hundredths } = checklistScore(answers, 0);
        if (hundredths !== null) expect(hundredths).toBeGreaterThanOrEqual(0);
        if (hundredths !== null) expect(hundredths).toBeLessThanOrEqual(10000);
      }),
    );
  });

  it("formats hundredths with two decimals", () => {
    expect(formatHundredths(8000)).toBe("80.00");
    expect(formatHundredths(6667)).toBe("66.67");
    expect(formatHundredths(5)).toBe("0.05");
  });
});
