// Period close (DOMAIN.md, Periods and Consequences): in one transaction, freeze every center's
// evaluation with the policy version, then apply the consequences: streaks, corrective actions,
// revocation proposals (authorized centers) and escalations (direct centers). A re-close after a
// reopen recomputes, and flags any issued revocation whose reason disappeared.
import { correctiveActionDueAt } from "../../../shared/domain/corrective-actions.ts";
import { periodKeyOf } from "../../../shared/domain/periods.ts";
import type { Db } from "../../db/create-database.ts";
import { type Actor, auditActor, recordAudit, recordAudits } from "../audit/record-audit.ts";
import { currentPolicyVersion } from "../policy/policy-record.ts";
import { assertClosable, readPeriodStanding } from "./period-standing.ts";
import { lockPeriods, PERIOD_TRANSACTION_OPTIONS } from "./period-lock.ts";
import { writeEvaluationsAndStreaks } from "./close-evaluations.ts";
import { flagUnsupportedRevocations, joinPendingCases, openCorrectiveActions, raiseCases } from "./close-writes.ts";
import { type ClosePlanSummary, summarizePlan } from "./plan-close.ts";
import { type MessageKey, type MessageRef, ref } from "../../../shared/messages/message-ref.ts";

export type CloseOutcome =
  | { status: "ALREADY_CLOSED"; periodKey: string; closedAt: Date | null; message: MessageRef }
  | {
      status: "CLOSED";
      periodKey: string;
      policyVersion: number;
      reclose: boolean;
      summary: ClosePlanSummary;
      flaggedRevocations: number;
      message: MessageRef;
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
        message: ref("period.closedNothingChanged", { periodKey }),
      } as const;
    }
    const policyVersion = await currentPolicyVersion(tx);
    const { timeZone } = policyVersion.policy;
    assertClosable(await readPeriodStanding(tx, timeZone, now), periodKey, timeZone);

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
    const plan = await writeEvaluationsAndStreaks(tx, periodKey, policyVersion);
    const dueAt = correctiveActionDueAt(now, policyVersion.policy.correctiveDays, policyVersion.policy.timeZone);
    await openCorrectiveActions(tx, plan, dueAt, now);
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
    return {
      status: "CLOSED",
      periodKey,
      policyVersion: policyVersion.version,
      reclose,
      summary,
      flaggedRevocations,
      message: ref(closedKey(reclose, flaggedRevocations > 0), {
        periodKey,
        pass: summary.pass,
        fail: summary.fail,
        insufficient: summary.insufficientData,
        flagged: flaggedRevocations,
      }),
    } as const;
  }, PERIOD_TRANSACTION_OPTIONS);
}

/** The current period of `now` under the current policy: the one that cannot be closed yet. */
export async function currentPeriodKey(db: Db, now = new Date()): Promise<string> {
  return periodKeyOf(now, (await currentPolicyVersion(db)).policy.timeZone);
}

function closedKey(reclose: boolean, flagged: boolean): MessageKey {
  if (reclose) return flagged ? "period.reclosedFlagged" : "period.reclosed";
  return flagged ? "period.closedFlagged" : "period.closed";
}
