// Writing penalty proposals, for a person's proposal and for the counterfeit rule alike. Headquarters
// is told (its inbox); a direct center gets no penalty but an escalation carrying the same evidence.
import { periodKeyOf } from "../../../shared/domain/periods.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import type { DbTransaction } from "../../db/create-database.ts";
import type { PenaltyBasis, PenaltyKind } from "../../db/generated/client.ts";
import { type Actor, auditActor, recordAudit } from "../audit/record-audit.ts";
import { notifyRole } from "../notifications/notify.ts";
import { networkTimeZone } from "../policy/policy-record.ts";
import { penaltyAuditFields, penaltySelect, penaltyView } from "./penalty-view.ts";

export interface PenaltyEvidence {
  centerId: number;
  basis: PenaltyBasis;
  complaintId: number | null;
  reportId: number | null;
  reason: string;
}

export async function createPenaltyProposals(
  tx: DbTransaction,
  actor: Actor,
  evidence: PenaltyEvidence,
  proposals: readonly { kind: PenaltyKind; amountYuan?: number | null }[],
  now: Date,
) {
  const periodKey = periodKeyOf(now, await networkTimeZone(tx));
  const created = [];
  for (const proposal of proposals) {
    const row = await tx.penalty.create({
      data: {
        ...evidence,
        kind: proposal.kind,
        amountYuan: proposal.kind === "FINE" ? (proposal.amountYuan ?? null) : null,
        periodKey,
        proposedAt: now,
        proposedById: actor.id,
      },
      select: penaltySelect,
    });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "PENALTY_PROPOSED",
      entityType: "penalty",
      entityId: row.id,
      after: penaltyAuditFields(row),
    });
    await notifyRole(tx, "HQ_ADMIN", actor.id, {
      message: ref("notice.penaltyProposed", {
        kind: ref(`word.penaltyKind.${row.kind}`),
        center: row.center.code,
      }),
      entityType: "penalty",
      at: now,
      entityId: row.id,
    });
    created.push(penaltyView(row));
  }
  return created;
}

/** A direct center is not fined or downgraded: headquarters reviews it as an escalation instead. */
export async function escalateDirectCenter(tx: DbTransaction, actor: Actor, evidence: PenaltyEvidence, now: Date) {
  const escalation = await tx.escalation.create({
    data: {
      centerId: evidence.centerId,
      reason: evidence.reason,
      complaintId: evidence.complaintId,
      reportId: evidence.reportId,
      openedAt: now,
    },
    select: { id: true, centerId: true, reason: true, complaintId: true, reportId: true },
  });
  await recordAudit(tx, {
    ...auditActor(actor),
    action: "ESCALATION_OPENED",
    entityType: "escalation",
    entityId: escalation.id,
    after: { ...escalation, basis: evidence.basis },
  });
  return escalation;
}
