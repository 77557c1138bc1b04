// What a closed evaluation does to its center (DOMAIN.md, Consequences at period close), one center
// and one period at a time, in period order. Period close applies this to every center; the policy
// simulation replays it over history.
import type { CenterKind } from "../schemas/centers.ts";
import type { EvaluationResult } from "./scoring.ts";

/**
 * The center's revocation case before this evaluation: none, a pending proposal (or, for a direct
 * center, an open escalation), or an issued revocation that has not been reversed.
 */
export type OpenCase = "NONE" | "PENDING" | "ISSUED";

export type CaseAction = "NONE" | "RAISE_PROPOSAL" | "RAISE_ESCALATION" | "JOIN_PENDING";

export interface ConsequenceInput {
  kind: CenterKind;
  streakBefore: number;
  openCase: OpenCase;
  result: EvaluationResult;
}

export interface Consequence {
  streakAfter: number;
  opensCorrectiveAction: boolean;
  caseAction: CaseAction;
}

export function consequenceOf(input: ConsequenceInput, failuresToRevoke: number): Consequence {
  if (input.result === "PASS") return { streakAfter: 0, opensCorrectiveAction: false, caseAction: "NONE" };
  // "Two in a row" counts evaluated periods only: no data neither adds to nor resets the streak.
  if (input.result === "INSUFFICIENT_DATA") {
    return { streakAfter: input.streakBefore, opensCorrectiveAction: false, caseAction: "NONE" };
  }
  const streakAfter = input.streakBefore + 1;
  return { streakAfter, opensCorrectiveAction: true, caseAction: caseActionFor(input, streakAfter, failuresToRevoke) };
}

function caseActionFor(input: ConsequenceInput, streakAfter: number, failuresToRevoke: number): CaseAction {
  if (streakAfter < failuresToRevoke) return "NONE";
  // A further failure while a case is pending joins its evidence; an issued revocation is decided.
  if (input.openCase === "PENDING") return "JOIN_PENDING";
  if (input.openCase === "ISSUED") return "NONE";
  return input.kind === "AUTHORIZED" ? "RAISE_PROPOSAL" : "RAISE_ESCALATION";
}

export function raisesCase(action: CaseAction): boolean {
  return action === "RAISE_PROPOSAL" || action === "RAISE_ESCALATION";
}

/** The case a center has after a consequence. */
export function caseAfter(before: OpenCase, action: CaseAction): OpenCase {
  return raisesCase(action) ? "PENDING" : before;
}

/**
 * Replays a center's results in period order from a clean start, with nobody deciding the cases in
 * between (a raised case stays pending). Used by the scenario tests and the policy simulation.
 */
export function replayConsequences(
  kind: CenterKind,
  results: readonly EvaluationResult[],
  failuresToRevoke: number,
): Consequence[] {
  let streak = 0;
  let openCase: OpenCase = "NONE";
  return results.map((result) => {
    const consequence = consequenceOf({ kind, streakBefore: streak, openCase, result }, failuresToRevoke);
    streak = consequence.streakAfter;
    openCase = caseAfter(openCase, consequence.caseAction);
    return consequence;
  });
}
