// The writes of a period close, each one statement for the whole network: evaluations, streaks,
// corrective actions, new and joined cases, and flags on issued revocations a re-close no longer
// supports. closePeriod runs them in order inside its transaction.
import type { DbTransaction } from "../../db/create-database.ts";
import type { ClosePlan } from "./plan-close.ts";

export async function writeEvaluations(tx: DbTransaction, plan: ClosePlan): Promise<void> {
  const rows = JSON.stringify(
    plan.evaluations.map((e) => ({
      center_id: e.centerId,
      visit_score: e.visitScore,
      visit_count: e.visitCount,
      callback_score: e.callbackScore,
      callback_count: e.callbackCount,
      spot_check_score: e.spotCheckScore,
      spot_check_count: e.spotCheckCount,
      composite: e.composite,
      result: e.result,
      streak_before: e.streakBefore,
      streak_after: e.streakAfter,
    })),
  );
  // One statement for every center: rows travel as one JSON document (hundredths → numeric(5,2)).
  await tx.$executeRaw`
    INSERT INTO evaluation (center_id, period_key, policy_version_id, visit_score, visit_count, callback_score,
                            callback_count, spot_check_score, spot_check_count, composite, result,
                            streak_before, streak_after)
    SELECT x.center_id, ${plan.periodKey}, ${plan.policyVersion.id},
           x.visit_score::numeric / 100, x.visit_count, x.callback_score::numeric / 100, x.callback_count,
           x.spot_check_score::numeric / 100, x.spot_check_count, x.composite::numeric / 100,
           x.result::"EvaluationResult", x.streak_before, x.streak_after
    FROM jsonb_to_recordset(${rows}::jsonb) AS x(
      center_id int, visit_score int, visit_count int, callback_score int, callback_count int,
      spot_check_score int, spot_check_count int, composite int, result text, streak_before int, streak_after int)
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
  const rows = JSON.stringify(changed.map((e) => ({ id: e.centerId, streak: e.streakAfter })));
  await tx.$executeRaw`
    UPDATE center c SET failure_streak = x.streak, updated_at = now()
    FROM jsonb_to_recordset(${rows}::jsonb) AS x(id int, streak int)
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
  if (proposals.length > 0) {
    await tx.$executeRaw`
      INSERT INTO revocation_evidence (proposal_id, evaluation_id)
      SELECT rp.id, streak.id FROM revocation_proposal rp
      JOIN center c ON c.id = rp.center_id
      CROSS JOIN LATERAL (
        SELECT e.id FROM evaluation e
        WHERE e.center_id = rp.center_id AND e.result = 'FAIL' AND e.period_key <= ${plan.periodKey}
        ORDER BY e.period_key DESC LIMIT c.failure_streak) AS streak
      WHERE rp.raised_period_key = ${plan.periodKey} AND rp.status = 'PROPOSED'`;
  }
  if (escalations.length > 0) {
    await tx.$executeRaw`
      INSERT INTO escalation_evidence (escalation_id, evaluation_id)
      SELECT es.id, streak.id FROM escalation es
      JOIN center c ON c.id = es.center_id
      CROSS JOIN LATERAL (
        SELECT e.id FROM evaluation e
        WHERE e.center_id = es.center_id AND e.result = 'FAIL' AND e.period_key <= ${plan.periodKey}
        ORDER BY e.period_key DESC LIMIT c.failure_streak) AS streak
      WHERE es.raised_period_key = ${plan.periodKey} AND es.status = 'OPEN'`;
  }
  return [
    ...proposals.map((p) => ({ kind: "PROPOSAL" as const, ...p })),
    ...escalations.map((e) => ({ kind: "ESCALATION" as const, ...e })),
  ];
}

/** A further failure while a case is pending joins that case's evidence. */
export async function joinPendingCases(tx: DbTransaction, plan: ClosePlan): Promise<void> {
  const joining = plan.evaluations.filter((e) => e.caseAction === "JOIN_PENDING" && e.pendingCaseId !== null);
  if (joining.length === 0) return;
  const evaluations = await tx.evaluation.findMany({
    where: { periodKey: plan.periodKey, centerId: { in: joining.map((e) => e.centerId) } },
    select: { id: true, centerId: true },
  });
  const evaluationOf = new Map(evaluations.map((e) => [e.centerId, e.id]));
  const links = joining.map((e) => ({
    caseId: e.pendingCaseId!,
    evaluationId: evaluationOf.get(e.centerId)!,
    kind: e.kind,
  }));
  await tx.revocationEvidence.createMany({
    data: links
      .filter((l) => l.kind === "AUTHORIZED")
      .map((l) => ({ proposalId: l.caseId, evaluationId: l.evaluationId })),
    skipDuplicates: true,
  });
  await tx.escalationEvidence.createMany({
    data: links
      .filter((l) => l.kind === "DIRECT")
      .map((l) => ({ escalationId: l.caseId, evaluationId: l.evaluationId })),
    skipDuplicates: true,
  });
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
