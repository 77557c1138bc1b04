import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { consequenceOf, replayConsequences } from "./consequences.ts";
import { EVALUATION_RESULTS, type EvaluationResult } from "./scoring.ts";

const base = { kind: "AUTHORIZED", streakBefore: 0, openCase: "NONE" } as const;

describe("consequences at period close (DOMAIN.md, Consequences)", () => {
  it("1. FAIL opens a corrective action and adds one to the streak", () => {
    expect(consequenceOf({ ...base, result: "FAIL" }, 2)).toEqual({
      streakAfter: 1,
      opensCorrectiveAction: true,
      caseAction: "NONE",
    });
  });
  it("2. PASS resets the streak to 0", () => {
    expect(consequenceOf({ ...base, streakBefore: 5, result: "PASS" }, 2)).toEqual({
      streakAfter: 0,
      opensCorrectiveAction: false,
      caseAction: "NONE",
    });
  });
  it("3. INSUFFICIENT_DATA neither adds to nor resets the streak", () => {
    expect(consequenceOf({ ...base, streakBefore: 1, result: "INSUFFICIENT_DATA" }, 2)).toEqual({
      streakAfter: 1,
      opensCorrectiveAction: false,
      caseAction: "NONE",
    });
  });
  it("4. an authorized center reaching failuresToRevoke gets a revocation proposal", () => {
    expect(consequenceOf({ ...base, streakBefore: 1, result: "FAIL" }, 2).caseAction).toBe("RAISE_PROPOSAL");
    expect(consequenceOf({ ...base, streakBefore: 1, result: "FAIL" }, 3).caseAction).toBe("NONE");
  });
  it("4. a direct center reaching failuresToRevoke is escalated instead", () => {
    expect(consequenceOf({ ...base, kind: "DIRECT", streakBefore: 1, result: "FAIL" }, 2).caseAction).toBe(
      "RAISE_ESCALATION",
    );
  });
  it("4. a further failure while a case is pending joins its evidence", () => {
    expect(consequenceOf({ ...base, streakBefore: 2, openCase: "PENDING", result: "FAIL" }, 2).caseAction).toBe(
      "JOIN_PENDING",
    );
  });
  it("4. a dismissed proposal leaves the streak, so the next failure raises a new one", () => {
    // After a dismissal the center has no open case, and its streak is still 2.
    expect(consequenceOf({ ...base, streakBefore: 2, openCase: "NONE", result: "FAIL" }, 2)).toMatchObject({
      streakAfter: 3,
      caseAction: "RAISE_PROPOSAL",
    });
  });
  it("5. an issued revocation is decided: a further failure raises nothing new", () => {
    expect(consequenceOf({ ...base, streakBefore: 2, openCase: "ISSUED", result: "FAIL" }, 2).caseAction).toBe("NONE");
  });
});

describe("scenario: one authorized center, FAIL → PASS → FAIL → INSUFFICIENT_DATA → FAIL", () => {
  it("raises the proposal only at the end", () => {
    const steps = replayConsequences("AUTHORIZED", ["FAIL", "PASS", "FAIL", "INSUFFICIENT_DATA", "FAIL"], 2);
    expect(steps.map((s) => s.streakAfter)).toEqual([1, 0, 1, 1, 2]);
    expect(steps.map((s) => s.caseAction)).toEqual(["NONE", "NONE", "NONE", "NONE", "RAISE_PROPOSAL"]);
    expect(steps.map((s) => s.opensCorrectiveAction)).toEqual([true, false, true, false, true]);
  });
});

const resultsArb = fc.array(fc.constantFrom<EvaluationResult>(...EVALUATION_RESULTS), { maxLength: 30 });

describe("consequence algebra (property-based)", () => {
  it("the streak is the number of FAILs since the last PASS", () => {
    fc.assert(
      fc.property(resultsArb, (results) => {
        const steps = replayConsequences("AUTHORIZED", results, 2);
        steps.forEach((step, i) => {
          const since = results.slice(0, i + 1);
          const lastPass = since.lastIndexOf("PASS");
          expect(step.streakAfter).toBe(since.slice(lastPass + 1).filter((r) => r === "FAIL").length);
        });
      }),
    );
  });
  it("INSUFFICIENT_DATA periods can be removed without changing any other period's consequence", () => {
    fc.assert(
      fc.property(resultsArb, (results) => {
        const all = replayConsequences("AUTHORIZED", results, 2).filter((_, i) => results[i] !== "INSUFFICIENT_DATA");
        const evaluatedOnly = replayConsequences(
          "AUTHORIZED",
          results.filter((r) => r !== "INSUFFICIENT_DATA"),
          2,
        );
        expect(all).toEqual(evaluatedOnly);
      }),
    );
  });
  it("at most one case is raised until it is decided", () => {
    fc.assert(
      fc.property(resultsArb, (results) => {
        const raised = replayConsequences("DIRECT", results, 2).filter((s) => s.caseAction === "RAISE_ESCALATION");
        expect(raised.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
