// "What if" for a proposed policy (DOMAIN.md, Scoring policy): re-score every closed period with it,
// replay the consequences in period order, and compare with what the stored evaluations gave: who
// flips between PASS and FAIL, and whose revocation proposal (or escalation) would appear or vanish.
// Both sides are replayed the same way from a clean start with nobody deciding cases in between,
// so the difference is the policy's alone. Reads only; writes nothing.
import { caseAfter, consequenceOf, type OpenCase } from "../../../shared/domain/consequences.ts";
import type { EvaluationResult } from "../../../shared/domain/scoring.ts";
import { type TSimulatePolicyInput, toScoringPolicy } from "../../../shared/schemas/policy.ts";
import type { CenterKind } from "../../../shared/schemas/centers.ts";
import type { Db } from "../../db/create-database.ts";
import { scoreCenters } from "../scoring/score-centers.ts";

interface CenterRef {
  centerId: number;
  code: string;
  name: string;
  kind: CenterKind;
}

export interface SimulatedFlip extends CenterRef {
  from: EvaluationResult;
  to: EvaluationResult;
  compositeBefore: number | null;
  compositeAfter: number | null;
}

export interface SimulatedPeriod {
  periodKey: string;
  closedWithVersion: number;
  centers: number;
  flips: SimulatedFlip[];
  /** Result changes to or from INSUFFICIENT_DATA (not pass↔fail flips). */
  otherChanges: number;
  casesAdded: CenterRef[];
  casesRemoved: CenterRef[];
}

export interface PolicySimulation {
  periods: SimulatedPeriod[];
  totals: { flipsToFail: number; flipsToPass: number; casesAdded: number; casesRemoved: number };
}

interface Replay {
  streak: number;
  openCase: OpenCase;
}

export async function simulatePolicy(db: Db, input: TSimulatePolicyInput): Promise<PolicySimulation> {
  const proposed = toScoringPolicy(input.policy);
  const closed = await db.period.findMany({
    where: { status: "CLOSED" },
    select: { key: true, policyVersion: { select: { version: true, failuresToRevoke: true } } },
    orderBy: { key: "asc" },
  });
  const centers = await db.center.findMany({ select: { id: true, code: true, name: true, kind: true } });
  const refOf = new Map(centers.map((c) => [c.id, { centerId: c.id, code: c.code, name: c.name, kind: c.kind }]));
  const actualState = new Map<number, Replay>();
  const simulatedState = new Map<number, Replay>();
  const periods: SimulatedPeriod[] = [];

  for (const period of closed) {
    const stored = await db.$queryRaw<{ centerId: number; result: EvaluationResult; composite: number | null }[]>`
      SELECT center_id AS "centerId", result::text AS result, (composite * 100)::int AS composite
      FROM evaluation WHERE period_key = ${period.key}`;
    const rescored = await scoreCenters(db, { periodKey: period.key, policy: proposed, selection: { all: true } });
    const rescoredOf = new Map(rescored.map((row) => [row.centerId, row]));
    const simulated: SimulatedPeriod = {
      periodKey: period.key,
      closedWithVersion: period.policyVersion?.version ?? 0,
      centers: stored.length,
      flips: [],
      otherChanges: 0,
      casesAdded: [],
      casesRemoved: [],
    };
    for (const actual of stored) {
      const ref = refOf.get(actual.centerId)!;
      const after = rescoredOf.get(actual.centerId) ?? { result: "INSUFFICIENT_DATA" as const, composite: null };
      if (actual.result !== after.result) {
        const isFlip = actual.result !== "INSUFFICIENT_DATA" && after.result !== "INSUFFICIENT_DATA";
        if (isFlip) {
          simulated.flips.push({
            ...ref,
            from: actual.result,
            to: after.result,
            compositeBefore: actual.composite,
            compositeAfter: after.composite,
          });
        } else simulated.otherChanges++;
      }
      const raisedActually = step(
        actualState,
        ref,
        actual.result,
        period.policyVersion?.failuresToRevoke ?? proposed.failuresToRevoke,
      );
      const raisedSimulated = step(simulatedState, ref, after.result, proposed.failuresToRevoke);
      if (raisedSimulated && !raisedActually) simulated.casesAdded.push(ref);
      if (raisedActually && !raisedSimulated) simulated.casesRemoved.push(ref);
    }
    periods.push(simulated);
  }
  return { periods, totals: totalsOf(periods) };
}

/** Advances one center's replay by one period; true when a new case is raised. */
function step(
  states: Map<number, Replay>,
  center: CenterRef,
  result: EvaluationResult,
  failuresToRevoke: number,
): boolean {
  const state = states.get(center.centerId) ?? { streak: 0, openCase: "NONE" as OpenCase };
  const consequence = consequenceOf(
    { kind: center.kind, streakBefore: state.streak, openCase: state.openCase, result },
    failuresToRevoke,
  );
  states.set(center.centerId, {
    streak: consequence.streakAfter,
    openCase: caseAfter(state.openCase, consequence.caseAction),
  });
  return consequence.caseAction === "RAISE_PROPOSAL" || consequence.caseAction === "RAISE_ESCALATION";
}

function totalsOf(periods: SimulatedPeriod[]): PolicySimulation["totals"] {
  const flips = periods.flatMap((p) => p.flips);
  return {
    flipsToFail: flips.filter((f) => f.to === "FAIL").length,
    flipsToPass: flips.filter((f) => f.to === "PASS").length,
    casesAdded: periods.reduce((sum, p) => sum + p.casesAdded.length, 0),
    casesRemoved: periods.reduce((sum, p) => sum + p.casesRemoved.length, 0),
  };
}
