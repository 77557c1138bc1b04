// The writes of a period close after its evaluations (close-evaluations.ts), each one statement for
// the whole network: corrective actions, new and joined cases, and flags on issued revocations a
// re-close no longer supports. closePeriod runs them in order inside its transaction.
import type { DbTransaction } from "../../db/create-database.ts";
import { Prisma } from "../../db/generated/client.ts";
import type { ClosePlan, PlannedEvaluation } from "./plan-close.ts";

/**
 * One per failing evaluation, as consequenceOf says (writeEvaluationsAndStreaks stops the close if
 * the rule ever disagrees); a re-close revives the ones its reopen cancelled instead of duplicating
 * them. Selected by result rather than by a list of ids: an id array is searched row by row.
 */
export async function openCorrectiveActions(tx: DbTransaction, plan: ClosePlan, dueAt: Date, now: Date): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO corrective_action (center_id, evaluation_id, status, due_at, opened_at)
    SELECT e.center_id, e.id, 'OPEN', ${dueAt}, ${now}
    FROM evaluation e WHERE e.period_key = ${plan.periodKey} AND e.result = 'FAIL'
    ON CONFLICT (evaluation_id) DO UPDATE SET status = 'OPEN', due_at = EXCLUDED.due_at, opened_at = EXCLUDED.opened_at
    WHERE corrective_action.status = 'CANCELLED'`;
}

export interface RaisedCase {
  kind: "PROPOSAL" | "ESCALATION";
  id: number;
  centerId: number;
}

/** Where each kind of case keeps its evidence: an authorized center's proposal, a direct center's escalation. */
const CASE_TABLES = {
  PROPOSAL: {
    cases: Prisma.raw("revocation_proposal"),
    evidence: Prisma.raw("revocation_evidence"),
    caseColumn: Prisma.raw("proposal_id"),
    pendingStatus: "PROPOSED",
  },
  ESCALATION: {
    cases: Prisma.raw("escalation"),
    evidence: Prisma.raw("escalation_evidence"),
    caseColumn: Prisma.raw("escalation_id"),
    pendingStatus: "OPEN",
  },
} as const;

/**
 * New proposals and escalations, each naming the failing evaluations of the current streak (the
 * center's last `streak` FAIL evaluations up to this period).
 */
export async function raiseCases(tx: DbTransaction, plan: ClosePlan, now: Date): Promise<RaisedCase[]> {
  const proposalCenters = plan.evaluations.filter((e) => e.caseAction === "RAISE_PROPOSAL").map((e) => e.centerId);
  const escalationCenters = plan.evaluations.filter((e) => e.caseAction === "RAISE_ESCALATION").map((e) => e.centerId);
  const proposals = await tx.revocationProposal.createManyAndReturn({
    data: proposalCenters.map((centerId) => ({ centerId, raisedPeriodKey: plan.periodKey, proposedAt: now })),
    select: { id: true, centerId: true },
  });
  const escalations = await tx.escalation.createManyAndReturn({
    data: escalationCenters.map((centerId) => ({ centerId, raisedPeriodKey: plan.periodKey, openedAt: now })),
    select: { id: true, centerId: true },
  });
  if (proposals.length > 0) await linkStreakEvidence(tx, "PROPOSAL", plan.periodKey);
  if (escalations.length > 0) await linkStreakEvidence(tx, "ESCALATION", plan.periodKey);
  return [
    ...proposals.map((p) => ({ kind: "PROPOSAL" as const, ...p })),
    ...escalations.map((e) => ({ kind: "ESCALATION" as const, ...e })),
  ];
}

/** The cases of `kind` this close raised get the failing evaluations of their center's streak. */
async function linkStreakEvidence(tx: DbTransaction, kind: RaisedCase["kind"], periodKey: string): Promise<void> {
  const t = CASE_TABLES[kind];
  await tx.$executeRaw`
    INSERT INTO ${t.evidence} (${t.caseColumn}, evaluation_id)
    SELECT k.id, streak.id FROM ${t.cases} k
    JOIN evaluation raised ON raised.center_id = k.center_id AND raised.period_key = ${periodKey}
    CROSS JOIN LATERAL (
      SELECT e.id FROM evaluation e
      WHERE e.center_id = k.center_id AND e.result = 'FAIL' AND e.period_key <= ${periodKey}
      ORDER BY e.period_key DESC LIMIT raised.streak_after) AS streak
    WHERE k.raised_period_key = ${periodKey} AND k.status::text = ${t.pendingStatus}`;
}

/** A further failure while a case is pending joins that case's evidence. */
export async function joinPendingCases(tx: DbTransaction, plan: ClosePlan): Promise<void> {
  const joining = plan.evaluations.filter((e) => e.caseAction === "JOIN_PENDING" && e.pendingCaseId !== null);
  await joinEvidence(
    tx,
    "PROPOSAL",
    plan.periodKey,
    joining.filter((e) => e.kind === "AUTHORIZED"),
  );
  await joinEvidence(
    tx,
    "ESCALATION",
    plan.periodKey,
    joining.filter((e) => e.kind === "DIRECT"),
  );
}

/** Each pending case gets this period's evaluation of its center, found in the database. */
async function joinEvidence(
  tx: DbTransaction,
  kind: RaisedCase["kind"],
  periodKey: string,
  joining: PlannedEvaluation[],
): Promise<void> {
  if (joining.length === 0) return;
  const t = CASE_TABLES[kind];
  await tx.$executeRaw`
    INSERT INTO ${t.evidence} (${t.caseColumn}, evaluation_id)
    SELECT x.case_id, e.id
    FROM unnest(${joining.map((e) => e.centerId)}::int[], ${joining.map((e) => e.pendingCaseId)}::int[])
      AS x(center_id, case_id)
    JOIN evaluation e ON e.center_id = x.center_id AND e.period_key = ${periodKey}
    ON CONFLICT DO NOTHING`;
}

/**
 * An issued revocation is never undone silently: when a re-close turns one of its failing
 * evaluations into something else, the revocation is flagged for headquarters. The reason is kept
 * as a message (key and parameters, JSON) for the reader's language, like every other message.
 */
export async function flagUnsupportedRevocations(tx: DbTransaction, periodKey: string, now: Date): Promise<number> {
  return tx.$executeRaw`
    UPDATE revocation_proposal rp
    SET flagged_at = ${now},
        flag_reason = json_build_object(
          'key', 'revocation.flaggedByReclose',
          'params', json_build_object('periodKey', ${periodKey}::text, 'result', json_build_object('key', 'word.result.' || e.result::text))
        )::text
    FROM revocation_evidence ev JOIN evaluation e ON e.id = ev.evaluation_id
    WHERE ev.proposal_id = rp.id AND rp.status = 'ISSUED' AND rp.flagged_at IS NULL
      AND e.period_key = ${periodKey} AND e.result <> 'FAIL'`;
}
