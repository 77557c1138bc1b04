// What closing a period would do, center by center: its scores (the set-based query) and the
// consequence step of the shared rules. Close writes this plan; the close preview only shows it.
import { type Consequence, consequenceOf, type OpenCase, raisesCase } from "../../../shared/domain/consequences.ts";
import type { EvaluationResult } from "../../../shared/domain/scoring.ts";
import type { CenterKind } from "../../../shared/schemas/centers.ts";
import type { DbReader } from "../../db/create-database.ts";
import { Prisma } from "../../db/generated/client.ts";
import { queryJsonRows } from "../../db/json-rows.ts";
import type { PolicyVersion } from "../policy/policy-record.ts";
import { type CenterScore, centerScoresSql, type ScoringInput } from "../scoring/score-centers.ts";

/**
 * A center's standing before this period's consequences, as the period order sees it (see
 * scoresWithCaseStatesSql): its streak and its cases.
 */
export interface CenterCaseState {
  kind: CenterKind;
  failureStreak: number;
  pendingProposalId: number | null;
  openEscalationId: number | null;
  hasIssuedRevocation: boolean;
  /** A case raised by this very period was decided after its close: a re-close keeps it, raising none. */
  decidedCaseRaisedHere: boolean;
}

/** What the close does with one center: its result and the consequence step (its scores stay in SQL). */
export interface PlannedEvaluation extends Consequence {
  centerId: number;
  kind: CenterKind;
  result: EvaluationResult;
  streakBefore: number;
  /** The pending proposal or open escalation a JOIN_PENDING adds evidence to. */
  pendingCaseId: number | null;
}

export interface ClosePlan {
  periodKey: string;
  policyVersion: PolicyVersion;
  evaluations: PlannedEvaluation[];
}

/** The close preview's plan: read only. closePeriod writes while it plans (writeEvaluationsAndStreaks). */
export async function planClose(db: DbReader, periodKey: string, policyVersion: PolicyVersion): Promise<ClosePlan> {
  const scoring = { periodKey, policy: policyVersion.policy, selection: { all: true } } as const;
  const rows = await queryJsonRows<PlanningRow>(
    db,
    Prisma.sql`SELECT ${PLANNING_COLUMNS} FROM (${scoresWithCaseStatesSql(scoring)}) p`,
    Prisma.sql`t."centerId"`,
  );
  return { periodKey, policyVersion, evaluations: rows.map((row) => plannedEvaluation(row, policyVersion)) };
}

/** A scored center's result with its standing before the close: what the consequence step needs. */
export type PlanningRow = Pick<CenterScore, "centerId" | "result"> & CenterCaseState;

/** The columns of a PlanningRow, selected from scoresWithCaseStatesSql's rows (aliased p). */
export const PLANNING_COLUMNS = Prisma.sql`p."centerId", p.result, p.kind, p."failureStreak",
  p."pendingProposalId", p."openEscalationId", p."hasIssuedRevocation", p."decidedCaseRaisedHere"`;

export function plannedEvaluation(row: PlanningRow, policyVersion: PolicyVersion): PlannedEvaluation {
  const pendingCaseId = row.kind === "AUTHORIZED" ? row.pendingProposalId : row.openEscalationId;
  const openCase: OpenCase = pendingCaseId !== null ? "PENDING" : row.hasIssuedRevocation ? "ISSUED" : "NONE";
  const consequence = consequenceOf(
    { kind: row.kind, streakBefore: row.failureStreak, openCase, result: row.result },
    policyVersion.policy.failuresToRevoke,
  );
  // A case this period raised and headquarters decided since is that decision: not raised again.
  const caseAction = row.decidedCaseRaisedHere && raisesCase(consequence.caseAction) ? "NONE" : consequence.caseAction;
  return {
    centerId: row.centerId,
    kind: row.kind,
    result: row.result,
    streakBefore: row.failureStreak,
    pendingCaseId,
    ...consequence,
    caseAction,
  };
}

/**
 * Each scored center with its case state for this period, as one statement: the cases are
 * aggregated once and joined (not subqueries for each of 5,000 centers, nor a second round trip).
 *
 * A decision sits in the period order after the latest period closed when it was taken
 * (`decided_after_key`), so re-closing reopened periods sees each case as closing them once, in
 * order, would have: still pending in the periods up to its decision, decided after. This mirrors
 * shared/domain/close-replay.ts (caseStateAt), and the property test holds the two equal:
 * - pending: raised before this period, and undecided or decided after it;
 * - issued (blocks new proposals): issued before this period and not reversed before it;
 * - a reversal before this period, after the center's last evaluation, restarts the streak at 0;
 *   one right after this period leaves the center at 0 once it is closed (reversedAfterThis).
 */
export function scoresWithCaseStatesSql(scoring: ScoringInput): Prisma.Sql {
  const p = scoring.periodKey;
  return Prisma.sql`
    SELECT s.*, c.kind::text AS kind,
           CASE WHEN reset.center_id IS NOT NULL THEN 0 ELSE c.failure_streak END AS "failureStreak",
           rp.pending_id AS "pendingProposalId", es.pending_id AS "openEscalationId",
           coalesce(rp.issued, false) AS "hasIssuedRevocation",
           coalesce(rp.decided_here, false) OR coalesce(es.decided_here, false) AS "decidedCaseRaisedHere",
           coalesce(rp.reversed_here, false) AS "reversedAfterThis"
    FROM (${centerScoresSql(scoring)}) s
    JOIN center c ON c.id = s."centerId"
    LEFT JOIN (
      SELECT center_id,
             min(id) FILTER (WHERE raised_period_key < ${p}
                              AND (status = 'PROPOSED' OR decided_after_key >= ${p})) AS pending_id,
             bool_or(status IN ('ISSUED', 'REVERSED') AND decided_after_key < ${p}
                     AND (reversed_after_key IS NULL OR reversed_after_key >= ${p})) AS issued,
             bool_or(status <> 'PROPOSED' AND raised_period_key = ${p}) AS decided_here,
             bool_or(reversed_after_key = ${p}) AS reversed_here
      FROM revocation_proposal WHERE status <> 'WITHDRAWN' GROUP BY center_id) rp
      ON rp.center_id = c.id
    LEFT JOIN (
      SELECT center_id,
             min(id) FILTER (WHERE raised_period_key < ${p}
                              AND (status = 'OPEN' OR resolved_after_key >= ${p})) AS pending_id,
             bool_or(status <> 'OPEN' AND raised_period_key = ${p}) AS decided_here
      FROM escalation WHERE status <> 'WITHDRAWN' GROUP BY center_id) es
      ON es.center_id = c.id
    -- Centers whose streak restarts here: reversed before this period, after their last evaluation.
    -- Only the few centers with a reversal look up their evaluations (not 5,000 lookups a close).
    LEFT JOIN (
      SELECT r.center_id FROM (
        SELECT center_id, max(reversed_after_key) AS last_reversal FROM revocation_proposal
        WHERE reversed_after_key < ${p} GROUP BY center_id) r
      WHERE r.last_reversal >= coalesce(
        (SELECT max(e.period_key) FROM evaluation e WHERE e.center_id = r.center_id AND e.period_key < ${p}), '')
    ) reset ON reset.center_id = c.id`;
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
