// Period close (DOMAIN.md, Periods and Consequences): in one transaction, freeze every center's
// evaluation with the policy version, then apply the consequences: streaks, corrective actions,
// revocation proposals (authorized centers) and escalations (direct centers). A re-close after a
// reopen recomputes, and flags any issued revocation whose reason disappeared.
import { correctiveActionDueAt } from "../../../shared/domain/corrective-actions.ts";
import { periodKeyOf } from "../../../shared/domain/periods.ts";
import type { Db, DbTransaction } from "../../db/create-database.ts";
import { type Actor, auditActor, recordAudit, recordAudits } from "../audit/record-audit.ts";
import { currentPolicyVersion } from "../policy/policy-record.ts";
import { assertClosable, readPeriodHistory } from "./period-order.ts";
import { lockPeriods, PERIOD_TRANSACTION_OPTIONS } from "./period-lock.ts";
import { type ClosePlan, type ClosePlanSummary, planClose, summarizePlan } from "./plan-close.ts";

export type CloseOutcome =
  | { status: "ALREADY_CLOSED"; periodKey: string; closedAt: Date | null; message: string }
  | {
      status: "CLOSED";
      periodKey: string;
      policyVersion: number;
      reclose: boolean;
      summary: ClosePlanSummary;
      flaggedRevocations: number;
      message: string;
    };

export async function closePeriod(
  db: Db,
  actor: Actor,
  { periodKey }: { periodKey: string },
  { now = new Date() }: { now?: Date } = {},
): Promise<CloseOutcome> {
  return db.$transaction(async (tx) => {
    await lockPeriods(tx);
    const existing = await tx.period.findUnique({
      where: { key: periodKey },
      select: { status: true, closedAt: true },
    });
    if (existing?.status === "CLOSED") {
      return {
        status: "ALREADY_CLOSED",
        periodKey,
        closedAt: existing.closedAt,
        message: `${periodKey} is already closed; nothing changed.`,
      } as const;
    }
    const policyVersion = await currentPolicyVersion(tx);
    assertClosable(await readPeriodHistory(tx), periodKey, { now, timeZone: policyVersion.policy.timeZone });
    const plan = await planClose(tx, periodKey, policyVersion);

    await tx.period.upsert({
      where: { key: periodKey },
      create: {
        key: periodKey,
        status: "CLOSED",
        policyVersionId: policyVersion.id,
        closedAt: now,
        closedById: actor.id,
      },
      update: { status: "CLOSED", policyVersionId: policyVersion.id, closedAt: now, closedById: actor.id },
    });
    await writeEvaluations(tx, plan);
    await updateStreaks(tx, plan);
    const dueAt = correctiveActionDueAt(now, policyVersion.policy.correctiveDays, policyVersion.policy.timeZone);
    await openCorrectiveActions(tx, periodKey, dueAt, now);
    const raised = await raiseCases(tx, plan, now);
    await joinPendingCases(tx, plan);
    const flaggedRevocations = await flagUnsupportedRevocations(tx, periodKey, now);

    const summary = summarizePlan(plan);
    const reclose = existing !== null;
    await recordAudit(tx, {
      ...auditActor(actor),
      action: reclose ? "PERIOD_RECLOSED" : "PERIOD_CLOSED",
      entityType: "period",
      entityId: periodKey,
      before: existing ? { status: existing.status } : null,
      after: { status: "CLOSED", policyVersion: policyVersion.version, ...summary, flaggedRevocations },
    });
    await recordAudits(
      tx,
      raised.map((raisedCase) => ({
        ...auditActor(actor),
        action: raisedCase.kind === "PROPOSAL" ? "REVOCATION_PROPOSED" : "ESCALATION_OPENED",
        entityType: raisedCase.kind === "PROPOSAL" ? "revocation_proposal" : "escalation",
        entityId: raisedCase.id,
        after: {
          centerId: raisedCase.centerId,
          raisedPeriodKey: periodKey,
          status: raisedCase.kind === "PROPOSAL" ? "PROPOSED" : "OPEN",
        },
      })),
    );
    const flaggedNote = flaggedRevocations > 0 ? ` ${flaggedRevocations} issued revocation(s) flagged for review.` : "";
    return {
      status: "CLOSED",
      periodKey,
      policyVersion: policyVersion.version,
      reclose,
      summary,
      flaggedRevocations,
      message:
        `${periodKey} ${reclose ? "re-closed" : "closed"}: ${summary.pass} pass, ${summary.fail} fail, ` +
        `${summary.insufficientData} without enough data.${flaggedNote}`,
    } as const;
  }, PERIOD_TRANSACTION_OPTIONS);
}

/** The current period of `now` under the current policy: the one that cannot be closed yet. */
export async function currentPeriodKey(db: Db, now = new Date()): Promise<string> {
  return periodKeyOf(now, (await currentPolicyVersion(db)).policy.timeZone);
}

async function writeEvaluations(tx: DbTransaction, plan: ClosePlan): Promise<void> {
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

async function updateStreaks(tx: DbTransaction, plan: ClosePlan): Promise<void> {
  const changed = plan.evaluations.filter((e) => e.streakAfter !== e.streakBefore);
  if (changed.length === 0) return;
  const rows = JSON.stringify(changed.map((e) => ({ id: e.centerId, streak: e.streakAfter })));
  await tx.$executeRaw`
    UPDATE center c SET failure_streak = x.streak, updated_at = now()
    FROM jsonb_to_recordset(${rows}::jsonb) AS x(id int, streak int)
    WHERE c.id = x.id`;
}

/** One per failing evaluation; a re-close revives the ones its reopen cancelled instead of duplicating them. */
async function openCorrectiveActions(tx: DbTransaction, periodKey: string, dueAt: Date, now: Date): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO corrective_action (center_id, evaluation_id, status, due_at, opened_at)
    SELECT e.center_id, e.id, 'OPEN', ${dueAt}, ${now}
    FROM evaluation e WHERE e.period_key = ${periodKey} AND e.result = 'FAIL'
    ON CONFLICT (evaluation_id) DO UPDATE SET status = 'OPEN', due_at = EXCLUDED.due_at, opened_at = EXCLUDED.opened_at
    WHERE corrective_action.status = 'CANCELLED'`;
}

interface RaisedCase {
  kind: "PROPOSAL" | "ESCALATION";
  id: number;
  centerId: number;
}

/**
 * New proposals and escalations, each naming the failing evaluations of the current streak (the
 * center's last `streak` FAIL evaluations up to this period).
 */
async function raiseCases(tx: DbTransaction, plan: ClosePlan, now: Date): Promise<RaisedCase[]> {
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
async function joinPendingCases(tx: DbTransaction, plan: ClosePlan): Promise<void> {
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
async function flagUnsupportedRevocations(tx: DbTransaction, periodKey: string, now: Date): Promise<number> {
  return tx.$executeRaw`
    UPDATE revocation_proposal rp
    SET flagged_at = ${now},
        flag_reason = 'Re-close of ' || ${periodKey}::text || ': its evaluation there is now ' || e.result::text || ', not FAIL.'
    FROM revocation_evidence ev JOIN evaluation e ON e.id = ev.evaluation_id
    WHERE ev.proposal_id = rp.id AND rp.status = 'ISSUED' AND rp.flagged_at IS NULL
      AND e.period_key = ${periodKey} AND e.result <> 'FAIL'`;
}
