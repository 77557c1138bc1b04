// The writes of a period close, each one statement for the whole network: evaluations with streaks,
// corrective actions, new and joined cases, and flags on issued revocations a re-close no longer
// supports. closePeriod runs them in order inside its transaction.
import type { DbTransaction } from "../../db/create-database.ts";
import { Prisma } from "../../db/generated/client.ts";
import type { PolicyVersion } from "../policy/policy-record.ts";
import {
  type ClosePlan,
  type PlannedEvaluation,
  plannedEvaluation,
  PLANNING_COLUMNS,
  type PlanningRow,
  scoresWithCaseStatesSql,
} from "./plan-close.ts";

/**
 * Scores every center, writes the evaluations and the centers' new streaks, and returns the plan,
 * in one statement: the scores go from the scoring query straight into the evaluation table
 * instead of through the server and back. A re-close rewrites only the evaluations that came out
 * differently (an unchanged row keeps its time), and only the streaks that moved.
 *
 * The stored streak follows the streak rule of consequenceOf (PASS resets, FAIL adds one, no data
 * keeps it); each returned row carries it, and a disagreement with the plan stops the close.
 */
export async function writeEvaluationsAndStreaks(
  tx: DbTransaction,
  periodKey: string,
  policyVersion: PolicyVersion,
): Promise<ClosePlan> {
  const scoring = { periodKey, policy: policyVersion.policy, selection: { all: true } } as const;
  const [row] = await tx.$queryRaw<{ rows: string }[]>`
    WITH planned AS (
      SELECT p.*, CASE p.result WHEN 'PASS' THEN 0 WHEN 'FAIL' THEN p."failureStreak" + 1
                                ELSE p."failureStreak" END AS "storedStreakAfter"
      FROM (${scoresWithCaseStatesSql(scoring)}) p
    ),
    -- Both writes see the evaluations as they stood before this statement: existing rows that
    -- came out differently are updated, missing rows inserted (the period lock keeps others out).
    updated AS (
      UPDATE evaluation e SET
        policy_version_id = ${policyVersion.id},
        visit_score = p."visitScore"::numeric / 100, visit_count = p."visitCount",
        callback_score = p."callbackScore"::numeric / 100, callback_count = p."callbackCount",
        spot_check_score = p."spotCheckScore"::numeric / 100, spot_check_count = p."spotCheckCount",
        composite = p.composite::numeric / 100, result = p.result::"EvaluationResult",
        streak_before = p."failureStreak", streak_after = p."storedStreakAfter", created_at = now()
      FROM planned p
      WHERE e.center_id = p."centerId" AND e.period_key = ${periodKey}
        AND (e.policy_version_id, e.visit_score, e.visit_count, e.callback_score, e.callback_count, e.spot_check_score,
             e.spot_check_count, e.composite, e.result, e.streak_before, e.streak_after)
        IS DISTINCT FROM (${policyVersion.id}, p."visitScore"::numeric / 100, p."visitCount",
             p."callbackScore"::numeric / 100, p."callbackCount", p."spotCheckScore"::numeric / 100, p."spotCheckCount",
             p.composite::numeric / 100, p.result::"EvaluationResult", p."failureStreak", p."storedStreakAfter")
    ),
    inserted AS (
      INSERT INTO evaluation (center_id, period_key, policy_version_id, visit_score, visit_count, callback_score,
                              callback_count, spot_check_score, spot_check_count, composite, result,
                              streak_before, streak_after)
      SELECT p."centerId", ${periodKey}, ${policyVersion.id},
             p."visitScore"::numeric / 100, p."visitCount", p."callbackScore"::numeric / 100, p."callbackCount",
             p."spotCheckScore"::numeric / 100, p."spotCheckCount", p.composite::numeric / 100,
             p.result::"EvaluationResult", p."failureStreak", p."storedStreakAfter"
      FROM planned p
      WHERE NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.center_id = p."centerId" AND e.period_key = ${periodKey})
    ),
    streaks AS (
      UPDATE center c SET failure_streak = p."storedStreakAfter", updated_at = now()
      FROM planned p WHERE c.id = p."centerId" AND c.failure_streak <> p."storedStreakAfter"
    )
    SELECT coalesce(json_agg(t ORDER BY t."centerId"), '[]')::text AS rows
    FROM (SELECT ${PLANNING_COLUMNS}, p."storedStreakAfter" FROM planned p) t`;
  const rows = JSON.parse(row!.rows) as (PlanningRow & { storedStreakAfter: number })[];
  const evaluations = rows.map(({ storedStreakAfter, ...planning }) => {
    const planned = plannedEvaluation(planning, policyVersion);
    if (planned.streakAfter !== storedStreakAfter)
      throw new Error(
        `Close of ${periodKey}: center ${planned.centerId}'s stored streak ${storedStreakAfter} differs from the rule's ${planned.streakAfter}.`,
      );
    return planned;
  });
  return { periodKey, policyVersion, evaluations };
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
