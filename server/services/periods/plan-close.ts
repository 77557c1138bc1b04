// What closing a period would do, center by center: its scores (the set-based query) and the
// consequence step of the shared rules. Close writes this plan; the close preview only shows it.
import { type Consequence, consequenceOf, type OpenCase } from "../../../shared/domain/consequences.ts";
import type { CenterKind } from "../../../shared/schemas/centers.ts";
import type { DbReader } from "../../db/create-database.ts";
import { Prisma } from "../../db/generated/client.ts";
import { queryJsonRows } from "../../db/json-rows.ts";
import type { PolicyVersion } from "../policy/policy-record.ts";
import { type CenterScore, scoreCenters } from "../scoring/score-centers.ts";

export interface CenterCaseState {
  centerId: number;
  kind: CenterKind;
  failureStreak: number;
  pendingProposalId: number | null;
  openEscalationId: number | null;
  hasIssuedRevocation: boolean;
}

export interface PlannedEvaluation extends CenterScore, Consequence {
  kind: CenterKind;
  streakBefore: number;
  /** The pending proposal or open escalation a JOIN_PENDING adds evidence to. */
  pendingCaseId: number | null;
}

export interface ClosePlan {
  periodKey: string;
  policyVersion: PolicyVersion;
  evaluations: PlannedEvaluation[];
}

export async function planClose(db: DbReader, periodKey: string, policyVersion: PolicyVersion): Promise<ClosePlan> {
  const [scores, states] = await Promise.all([
    scoreCenters(db, { periodKey, policy: policyVersion.policy, selection: { all: true } }),
    readCaseStates(db),
  ]);
  const stateOf = new Map(states.map((state) => [state.centerId, state]));
  const evaluations = scores.map((score): PlannedEvaluation => {
    const state = stateOf.get(score.centerId)!;
    const pendingCaseId = state.kind === "AUTHORIZED" ? state.pendingProposalId : state.openEscalationId;
    const openCase: OpenCase = pendingCaseId !== null ? "PENDING" : state.hasIssuedRevocation ? "ISSUED" : "NONE";
    const consequence = consequenceOf(
      { kind: state.kind, streakBefore: state.failureStreak, openCase, result: score.result },
      policyVersion.policy.failuresToRevoke,
    );
    return { ...score, ...consequence, kind: state.kind, streakBefore: state.failureStreak, pendingCaseId };
  });
  return { periodKey, policyVersion, evaluations };
}

async function readCaseStates(db: DbReader): Promise<CenterCaseState[]> {
  // The open cases aggregated once and joined (not three subqueries for each of 5,000 centers).
  return queryJsonRows<CenterCaseState>(
    db,
    Prisma.sql`
    SELECT c.id AS "centerId", c.kind::text AS kind, c.failure_streak AS "failureStreak",
           rp.pending_id AS "pendingProposalId", es.open_id AS "openEscalationId",
           coalesce(rp.issued, false) AS "hasIssuedRevocation"
    FROM center c
    LEFT JOIN (SELECT center_id, min(id) FILTER (WHERE status = 'PROPOSED') AS pending_id,
                      bool_or(status = 'ISSUED') AS issued
               FROM revocation_proposal WHERE status IN ('PROPOSED', 'ISSUED') GROUP BY center_id) rp
      ON rp.center_id = c.id
    LEFT JOIN (SELECT center_id, min(id) AS open_id FROM escalation WHERE status = 'OPEN' GROUP BY center_id) es
      ON es.center_id = c.id`,
  );
}

export interface ClosePlanSummary {
  centers: number;
  pass: number;
  fail: number;
  insufficientData: number;
  correctiveActions: number;
  revocationProposals: number;
  escalations: number;
  joinedPendingCases: number;
}

export function summarizePlan(plan: ClosePlan): ClosePlanSummary {
  const count = (predicate: (e: PlannedEvaluation) => boolean) => plan.evaluations.filter(predicate).length;
  return {
    centers: plan.evaluations.length,
    pass: count((e) => e.result === "PASS"),
    fail: count((e) => e.result === "FAIL"),
    insufficientData: count((e) => e.result === "INSUFFICIENT_DATA"),
    correctiveActions: count((e) => e.opensCorrectiveAction),
    revocationProposals: count((e) => e.caseAction === "RAISE_PROPOSAL"),
    escalations: count((e) => e.caseAction === "RAISE_ESCALATION"),
    joinedPendingCases: count((e) => e.caseAction === "JOIN_PENDING"),
  };
}
