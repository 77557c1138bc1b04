// Headquarters decides a proposed penalty, never its own proposal (four eyes): cancel it (reason) or
// confirm it. A confirmed DOWNGRADE moves the center's grade; a confirmed TERMINATION raises a
// revocation proposal carrying the penalty as its evidence (the revocation rules then decide).
import { gradeBelow } from "../../../shared/domain/penalty-rules.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import type { TDecidePenaltyInput, TSettlePenaltyInput } from "../../../shared/schemas/penalties.ts";
import type { ActingUser } from "../../context.ts";
import type { Db, DbTransaction } from "../../db/create-database.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { domainError, fieldError, notFound } from "../../errors.ts";
import { auditActor, recordAudit } from "../audit/record-audit.ts";
import { notifyUsers } from "../notifications/notify.ts";
import { type PenaltyRow, penaltyAuditFields, penaltySelect, penaltyView } from "./penalty-view.ts";

export async function decidePenalty(db: Db, user: ActingUser, input: TDecidePenaltyInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const before = await lockPenalty(tx, input.penaltyId, "PROPOSED");
    if (before.proposedById === user.id) throw fieldError("FORBIDDEN", "decision", "penalty.ownProposal");
    const decided = { decidedAt: now, decidedById: user.id, decisionReason: input.reason || null };
    let data: Prisma.PenaltyUpdateInput;
    if (input.decision === "CANCEL") data = { ...decided, status: "CANCELLED" };
    else if (before.kind === "DOWNGRADE")
      data = { ...decided, status: "CONFIRMED", ...(await downgrade(tx, user, before)) };
    else {
      if (before.kind === "TERMINATION") await raiseRevocation(tx, user, before, now);
      data = { ...decided, status: "CONFIRMED" };
    }
    const after = await tx.penalty.update({ where: { id: before.id }, data, select: penaltySelect });
    await recordAudit(tx, {
      ...auditActor(user),
      action: input.decision === "CANCEL" ? "PENALTY_CANCELLED" : "PENALTY_CONFIRMED",
      entityType: "penalty",
      entityId: after.id,
      before: penaltyAuditFields(before),
      after: penaltyAuditFields(after),
    });
    await notifyUsers(tx, [before.proposedById], {
      message: ref("notice.penaltyDecided", {
        kind: ref(`word.penaltyKind.${after.kind}`),
        center: after.center.code,
        status: ref(`word.penaltyStatus.${after.status}`),
      }),
      entityType: "penalty",
      at: now,
      entityId: after.id,
    });
    return penaltyView(after);
  });
}

/** A confirmed fine is later paid (payment reference) or waived by headquarters (reason). */
export async function settlePenalty(db: Db, user: ActingUser, input: TSettlePenaltyInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const before = await lockPenalty(tx, input.penaltyId, "CONFIRMED");
    if (before.kind !== "FINE") throw domainError("CONFLICT", "penalty.onlyFinesSettle");
    const after = await tx.penalty.update({
      where: { id: before.id },
      data:
        input.outcome === "PAID"
          ? { status: "PAID", settledAt: now, settledById: user.id, paymentRef: input.paymentRef }
          : { status: "WAIVED", settledAt: now, settledById: user.id, waiveReason: input.reason },
      select: penaltySelect,
    });
    await recordAudit(tx, {
      ...auditActor(user),
      action: input.outcome === "PAID" ? "PENALTY_PAID" : "PENALTY_WAIVED",
      entityType: "penalty",
      entityId: after.id,
      before: penaltyAuditFields(before),
      after: penaltyAuditFields(after),
    });
    return penaltyView(after);
  });
}

async function lockPenalty(tx: DbTransaction, penaltyId: number, required: PenaltyRow["status"]) {
  const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM penalty WHERE id = ${penaltyId} FOR UPDATE`;
  if (locked.length === 0) throw notFound("notFound.penalty");
  const penalty = await tx.penalty.findUniqueOrThrow({ where: { id: penaltyId }, select: penaltySelect });
  if (penalty.status !== required)
    throw domainError("CONFLICT", "penalty.wrongStatus", {
      status: ref(`word.penaltyStatus.${penalty.status}`),
      required: ref(`word.penaltyStatus.${required}`),
    });
  return penalty;
}

/** The grade moves one step down, read under the center's lock: grade C cannot go lower. */
async function downgrade(tx: DbTransaction, user: ActingUser, penalty: PenaltyRow) {
  const [center] = await tx.$queryRaw<{ grade: "A" | "B" | "C" | null }[]>`
    SELECT grade::text AS grade FROM center WHERE id = ${penalty.center.id} FOR UPDATE`;
  const from = center?.grade ?? null;
  const to = from && gradeBelow(from);
  if (!from || !to)
    throw fieldError("CONFLICT", "decision", "penalty.gradeCannotGoLower", { code: penalty.center.code });
  await tx.center.update({ where: { id: penalty.center.id }, data: { grade: to } });
  await recordAudit(tx, {
    ...auditActor(user),
    action: "CENTER_DOWNGRADED",
    entityType: "center",
    entityId: penalty.center.id,
    before: { grade: from },
    after: { grade: to, penaltyId: penalty.id },
  });
  return { gradeFrom: from, gradeTo: to };
}

async function raiseRevocation(tx: DbTransaction, user: ActingUser, penalty: PenaltyRow, now: Date) {
  const revoked = await tx.revocationProposal.count({
    where: { centerId: penalty.center.id, status: "ISSUED", effectiveAt: { lte: now } },
  });
  if (revoked > 0) throw fieldError("CONFLICT", "decision", "center.revoked", { code: penalty.center.code });
  const proposal = await tx.revocationProposal.create({
    data: { centerId: penalty.center.id, penaltyId: penalty.id, proposedAt: now },
    select: { id: true, centerId: true, penaltyId: true },
  });
  await recordAudit(tx, {
    ...auditActor(user),
    action: "REVOCATION_PROPOSED",
    entityType: "revocation_proposal",
    entityId: proposal.id,
    after: proposal,
  });
}
