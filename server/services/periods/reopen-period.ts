// Reopen (DOMAIN.md, Periods): headquarters reopens the latest closed period with a reason (and
// then, if need be, the one before it: several periods may be open again, re-closed oldest first). What
// its close decided on its own is withdrawn (streaks back to where they stood, untouched corrective
// actions cancelled, undecided proposals and escalations withdrawn); what people decided stays: a
// rectification already submitted, an issued revocation. The re-close recomputes everything.
import type { Db } from "../../db/create-database.ts";
import { type Actor, auditActor, recordAudit } from "../audit/record-audit.ts";
import { currentPolicyVersion } from "../policy/policy-record.ts";
import { assertReopenable, readPeriodStanding } from "./period-standing.ts";
import { lockPeriods, PERIOD_TRANSACTION_OPTIONS } from "./period-lock.ts";
import { type MessageRef, ref } from "../../../shared/messages/message-ref.ts";

export interface ReopenOutcome {
  periodKey: string;
  cancelledCorrectiveActions: number;
  withdrawnProposals: number;
  withdrawnEscalations: number;
  message: MessageRef;
}

export async function reopenPeriod(
  db: Db,
  actor: Actor,
  { periodKey, reason }: { periodKey: string; reason: string },
  { now = new Date() }: { now?: Date } = {},
): Promise<ReopenOutcome> {
  return db.$transaction(async (tx) => {
    await lockPeriods(tx);
    const { timeZone } = (await currentPolicyVersion(tx)).policy;
    assertReopenable(await readPeriodStanding(tx, timeZone, now), periodKey, timeZone);

    // Only the centers whose streak this close moved: an unchanged row is not rewritten.
    await tx.$executeRaw`
      UPDATE center c SET failure_streak = e.streak_before, updated_at = now()
      FROM evaluation e
      WHERE e.center_id = c.id AND e.period_key = ${periodKey} AND c.failure_streak <> e.streak_before`;
    const cancelledCorrectiveActions = await tx.$executeRaw`
      UPDATE corrective_action ca SET status = 'CANCELLED'
      FROM evaluation e
      WHERE e.id = ca.evaluation_id AND e.period_key = ${periodKey}
        AND ca.status = 'OPEN' AND ca.submitted_at IS NULL`;
    const withdrawnProposals = await tx.$executeRaw`
      UPDATE revocation_proposal SET status = 'WITHDRAWN', decided_at = ${now}
      WHERE raised_period_key = ${periodKey} AND status = 'PROPOSED'`;
    const withdrawnEscalations = await tx.$executeRaw`
      UPDATE escalation SET status = 'WITHDRAWN', resolved_at = ${now}
      WHERE raised_period_key = ${periodKey} AND status = 'OPEN'`;
    // Older cases that this period's failures had joined lose that evidence until the re-close.
    await tx.$executeRaw`
      DELETE FROM revocation_evidence ev USING evaluation e, revocation_proposal rp
      WHERE e.id = ev.evaluation_id AND rp.id = ev.proposal_id
        AND e.period_key = ${periodKey} AND rp.status = 'PROPOSED'`;
    await tx.$executeRaw`
      DELETE FROM escalation_evidence ev USING evaluation e, escalation es
      WHERE e.id = ev.evaluation_id AND es.id = ev.escalation_id
        AND e.period_key = ${periodKey} AND es.status = 'OPEN'`;
    await tx.period.update({
      where: { key: periodKey },
      data: { status: "OPEN", reopenedAt: now, reopenedById: actor.id, reopenReason: reason },
    });
    const counts = { cancelledCorrectiveActions, withdrawnProposals, withdrawnEscalations };
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "PERIOD_REOPENED",
      entityType: "period",
      entityId: periodKey,
      before: { status: "CLOSED" },
      after: { status: "OPEN", reason, ...counts },
    });
    return {
      periodKey,
      ...counts,
      message: ref("period.reopened", {
        periodKey,
        cancelled: cancelledCorrectiveActions,
        proposals: withdrawnProposals,
        escalations: withdrawnEscalations,
      }),
    };
  }, PERIOD_TRANSACTION_OPTIONS);
}
