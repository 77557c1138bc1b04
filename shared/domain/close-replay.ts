// What closing a center's periods once, in order, gives (DOMAIN.md, Consequences at period close),
// with the decisions headquarters took placed where they sit in the period order. This is the rule
// a period close must agree with after any sequence of closes, reopens and decisions: the property
// test replays it against the services on a real database, and the close's case-state statement
// (server/services/periods/plan-close.ts) mirrors caseStateAt.
import type { CenterKind } from "../schemas/centers.ts";
import { type CaseAction, consequenceOf, type OpenCase, raisesCase } from "./consequences.ts";
import type { EvaluationResult } from "./scoring.ts";

/**
 * A case headquarters decided. A decision sits after the latest period that was closed when it was
 * taken (`decidedAfter`): the case was pending in the periods up to and including that one.
 */
export interface DecidedCase {
  raisedPeriodKey: string;
  decision: "ISSUED" | "DISMISSED" | "REVERSED" | "RESOLVED";
  decidedAfter: string;
  /** For a reversed revocation: the latest closed period when it was reversed. */
  reversedAfter: string | null;
}

export interface CaseState {
  openCase: OpenCase;
  /** A reversal since the center's last evaluation: the streak restarts at 0. */
  streakReset: boolean;
  /** A case raised by this period was decided after its close: raising it again is not allowed. */
  decidedCaseRaisedHere: boolean;
}

/**
 * The case state of a center before period `periodKey`'s consequences, given the decided cases,
 * whether an undecided case is pending, and the center's last evaluated period before this one.
 */
export function caseStateAt(
  periodKey: string,
  decided: readonly DecidedCase[],
  { undecidedPending, lastEvaluated }: { undecidedPending: boolean; lastEvaluated: string | null },
): CaseState {
  const pending = undecidedPending || decided.some((c) => c.raisedPeriodKey < periodKey && c.decidedAfter >= periodKey);
  const issued = decided.some(
    (c) =>
      (c.decision === "ISSUED" || c.decision === "REVERSED") &&
      c.decidedAfter < periodKey &&
      (c.reversedAfter === null || c.reversedAfter >= periodKey),
  );
  const streakReset = decided.some(
    (c) => c.reversedAfter !== null && c.reversedAfter < periodKey && c.reversedAfter >= (lastEvaluated ?? ""),
  );
  return {
    openCase: pending ? "PENDING" : issued ? "ISSUED" : "NONE",
    streakReset,
    decidedCaseRaisedHere: decided.some((c) => c.raisedPeriodKey === periodKey),
  };
}

export interface ReplayedPeriod {
  periodKey: string;
  result: EvaluationResult;
  streakBefore: number;
  streakAfter: number;
  opensCorrectiveAction: boolean;
  caseAction: CaseAction;
}

export interface ReplayedCase {
  raisedPeriodKey: string;
  /** The periods of the failing evaluations it names, oldest first. */
  evidence: string[];
}

export interface CloseReplay {
  periods: ReplayedPeriod[];
  /** The undecided case pending after the last period, with its evidence (a proposal or escalation). */
  pendingCase: ReplayedCase | null;
  /** The center's streak after the last period and any reversal since. */
  streak: number;
}

/**
 * Replays a center's evaluated periods in order. `results` are its evaluations, oldest first;
 * `decided` the cases headquarters decided (their decision is a fact, not replayed).
 */
export function replayCloses({
  kind,
  results,
  decided,
  failuresToRevoke,
}: {
  kind: CenterKind;
  results: readonly { periodKey: string; result: EvaluationResult }[];
  decided: readonly DecidedCase[];
  failuresToRevoke: number;
}): CloseReplay {
  let streak = 0;
  let pendingCase: ReplayedCase | null = null;
  let lastEvaluated: string | null = null;
  const failures: string[] = [];
  const periods = results.map(({ periodKey, result }) => {
    const state = caseStateAt(periodKey, decided, { undecidedPending: pendingCase !== null, lastEvaluated });
    const streakBefore = state.streakReset ? 0 : streak;
    const consequence = consequenceOf({ kind, streakBefore, openCase: state.openCase, result }, failuresToRevoke);
    let caseAction = consequence.caseAction;
    if (result === "FAIL") failures.push(periodKey);
    if (raisesCase(caseAction)) {
      if (state.decidedCaseRaisedHere) caseAction = "NONE";
      else pendingCase = { raisedPeriodKey: periodKey, evidence: failures.slice(-consequence.streakAfter) };
    } else if (caseAction === "JOIN_PENDING" && pendingCase) {
      pendingCase.evidence.push(periodKey);
    }
    streak = consequence.streakAfter;
    lastEvaluated = periodKey;
    return { periodKey, result, streakBefore, ...consequence, caseAction };
  });
  const resetSinceLast = decided.some((c) => c.reversedAfter !== null && c.reversedAfter >= (lastEvaluated ?? ""));
  return { periods, pendingCase, streak: resetSinceLast ? 0 : streak };
}
