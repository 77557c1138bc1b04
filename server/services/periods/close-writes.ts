// The writes of a period close, each one statement for the whole network: evaluations, streaks,
// corrective actions, new and joined cases, and flags on issued revocations a re-close no longer
// supports. closePeriod runs them in order inside its transaction.
import type { DbTransaction } from "../../db/create-database.ts";
import { Prisma } from "../../db/generated/client.ts";
import type { ClosePlan, PlannedEvaluation } from "./plan-close.ts";

export async function writeEvaluations(tx: DbTransaction, plan: ClosePlan): Promise<void> {
  const column = <T>(pick: (e: PlannedEvaluation) => T) => plan.evaluations.map(pick);
  // One statement for every center: each column travels as one array (hundredths → numeric(5,2)).
  await tx.$executeRaw`
    INSERT INTO evaluation (center_id, period_key, policy_version_id, visit_score, visit_count, callback_score,
                            callback_count, spot_check_score, spot_check_count, composite, result,
                            streak_before, streak_after)
    SELECT x.center_id, ${plan.periodKey}, ${plan.policyVersion.id},
           x.visit_score::numeric / 100, x.visit_count, x.callback_score::numeric / 100, x.callback_count,
           x.spot_check_score::numeric / 100, x.spot_check_count, x.composite::numeric / 100,
           x.result::"EvaluationResult", x.streak_before, x.streak_after
    FROM unnest(${column((e) => e.centerId)}::int[], ${column((e) => e.visitScore)}::int[],
                ${column((e) => e.visitCount)}::int[], ${column((e) => e.callbackScore)}::int[],
                ${column((e) => e.callbackCount)}::int[], ${column((e) => e.spotCheckScore)}::int[],
                ${column((e) => e.spotCheckCount)}::int[], ${column((e) => e.composite)}::int[],
                ${column((e) => e.result)}::text[], ${column((e) => e.streakBefore)}::int[],
                ${column((e) => e.streakAfter)}::int[])
      AS x(center_id, visit_score, visit_count, callback_score, callback_count, spot_check_score,
           spot_check_count, composite, result, streak_before, streak_after)
    ON CONFLICT (center_id, period_key) DO UPDATE SET
      policy_version_id = EXCLUDED.policy_version_id,
      visit_score = EXCLUDED.visit_score, visit_count = EXCLUDED.visit_count,
      callback_score = EXCLUDED.callback_score, callback_count = EXCLUDED.callback_count,
      spot_check_score = EXCLUDED.spot_check_score, spot_check_count = EXCLUDED.spot_check_count,
      composite = EXCLUDED.composite, result = EXCLUDED.result,
      streak_before = EXCLUDED.streak_before, streak_after = EXCLUDED.streak_after, created_at = now()`;
}

export async function updateStreaks(tx: DbTransaction, plan: ClosePlan): Promise<void> {
  const changed = plan.evaluations.filter((e) => e.streakAfter !== e.streakBefore);
  if (changed.length === 0) return;
  await tx.$executeRaw`
    UPDATE center c SET failure_streak = x.streak, updated_at = now()
    FROM unnest(${changed.map((e) => e.centerId)}::int[], ${changed.map((e) => e.streakAfter)}::int[]) AS x(id, streak)
    WHERE c.id = x.id`;
}

/** One per failing evaluation; a re-close revives the ones its reopen cancelled instead of duplicating them. */
export async function openCorrectiveActions(
  tx: DbTransaction,
  periodKey: string,
  dueAt: Date,
  now: Date,
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO corrective_action (center_id, evaluation_id, status, due_at, opened_at)
    SELECT e.center_id, e.id, 'OPEN', ${dueAt}, ${now}
    FROM evaluation e WHERE e.period_key = ${periodKey} AND e.result = 'FAIL'
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
    JOIN center c ON c.id = k.center_id
    CROSS JOIN LATERAL (
      SELECT e.id FROM evaluation e
      WHERE e.center_id = k.center_id AND e.result = 'FAIL' AND e.period_key <= ${periodKey}
      ORDER BY e.period_key DESC LIMIT c.failure_streak) AS streak
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
 * evaluations into something else, the revocation is flagged for headquarters.
 */
export async function flagUnsupportedRevocations(tx: DbTransaction, periodKey: string, now: Date): Promise<number> {
  return tx.$executeRaw`
    UPDATE revocation_proposal rp
    SET flagged_at = ${now},
        flag_reason = 'Re-close of ' || ${periodKey}::text || ': its evaluation there is now ' || e.result::text || ', not FAIL.'
    FROM revocation_evidence ev JOIN evaluation e ON e.id = ev.evaluation_id
    WHERE ev.proposal_id = rp.id AND rp.status = 'ISSUED' AND rp.flagged_at IS NULL
      AND e.period_key = ${periodKey} AND e.result <> 'FAIL'`;
}
