import { describe, expect, it } from "vitest";
import { type DecidedCase, replayCloses } from "./close-replay.ts";
import type { EvaluationResult } from "./scoring.ts";

const months = ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10"];
const history = (...results: EvaluationResult[]) => results.map((result, i) => ({ periodKey: months[i]!, result }));
const replay = (
  results: EvaluationResult[],
  decided: DecidedCase[] = [],
  kind: "AUTHORIZED" | "DIRECT" = "AUTHORIZED",
) => replayCloses({ kind, results: history(...results), decided, failuresToRevoke: 2 });

describe("closing a center's periods once, in order", () => {
  it("FAIL, PASS, FAIL, no data, FAIL: streaks 1, 0, 1, 1, 2 and one proposal at 2026-10 naming 08 and 10", () => {
    const outcome = replay(["FAIL", "PASS", "FAIL", "INSUFFICIENT_DATA", "FAIL"]);
    expect(outcome.periods.map((p) => p.streakAfter)).toEqual([1, 0, 1, 1, 2]);
    expect(outcome.periods.map((p) => p.caseAction)).toEqual(["NONE", "NONE", "NONE", "NONE", "RAISE_PROPOSAL"]);
    expect(outcome.pendingCase).toEqual({ raisedPeriodKey: "2026-10", evidence: ["2026-08", "2026-10"] });
    expect(outcome.streak).toBe(2);
  });

  it("a further failure while a proposal is pending joins its evidence; a direct center is escalated", () => {
    expect(replay(["FAIL", "FAIL", "FAIL"]).pendingCase).toEqual({
      raisedPeriodKey: "2026-07",
      evidence: ["2026-06", "2026-07", "2026-08"],
    });
    expect(replay(["FAIL", "FAIL"], [], "DIRECT").periods[1]?.caseAction).toBe("RAISE_ESCALATION");
  });

  it("a proposal dismissed after 2026-08 was pending through 08; the next failure raises a new one naming the streak", () => {
    const dismissed: DecidedCase = {
      raisedPeriodKey: "2026-07",
      decision: "DISMISSED",
      decidedAfter: "2026-08",
      reversedAfter: null,
    };
    const outcome = replay(["FAIL", "FAIL", "FAIL", "FAIL"], [dismissed]);
    expect(outcome.periods.map((p) => p.caseAction)).toEqual(["NONE", "NONE", "JOIN_PENDING", "RAISE_PROPOSAL"]);
    expect(outcome.pendingCase).toEqual({
      raisedPeriodKey: "2026-09",
      evidence: ["2026-06", "2026-07", "2026-08", "2026-09"],
    });
  });

  it("an issued revocation blocks new proposals until it is reversed; the reversal restarts the streak", () => {
    const reversed: DecidedCase = {
      raisedPeriodKey: "2026-07",
      decision: "REVERSED",
      decidedAfter: "2026-07",
      reversedAfter: "2026-08",
    };
    const outcome = replay(["FAIL", "FAIL", "FAIL", "FAIL", "FAIL"], [reversed]);
    expect(outcome.periods.map((p) => [p.streakBefore, p.caseAction])).toEqual([
      [0, "NONE"],
      [1, "NONE"],
      [2, "NONE"],
      [0, "NONE"],
      [1, "RAISE_PROPOSAL"],
    ]);
  });

  it("a reversal after the last evaluated period leaves the center at 0", () => {
    const reversed: DecidedCase = {
      raisedPeriodKey: "2026-07",
      decision: "REVERSED",
      decidedAfter: "2026-07",
      reversedAfter: "2026-07",
    };
    expect(replay(["FAIL", "FAIL"], [reversed]).streak).toBe(0);
  });

  it("a case raised by a period and decided after it is not raised again when that period is replayed", () => {
    const issued: DecidedCase = {
      raisedPeriodKey: "2026-07",
      decision: "ISSUED",
      decidedAfter: "2026-07",
      reversedAfter: null,
    };
    const outcome = replay(["FAIL", "FAIL", "FAIL"], [issued]);
    expect(outcome.periods.map((p) => p.caseAction)).toEqual(["NONE", "NONE", "NONE"]);
    expect(outcome.pendingCase).toBeNull();
  });
});
