// Headquarters' decisions on a revocation proposal (DOMAIN.md, Consequences 4–5; DOMAIN-2.md): issue
// it by two people (one requests with reason and effective date, another approves or rejects), or
// dismiss it (reason); reverse an issued one (reason; the streak resets to 0).
// Each decision moves the proposal from exactly one status, so two racing decisions cannot both win.
import type { AuditAction } from "../../../shared/domain/audit-vocabulary.ts";
import { localDateOf, startOfLocalDate } from "../../../shared/domain/periods.ts";
import type {
  TDecideRevocationInput,
  TDecideRevocationRequestInput,
  TRequestRevocationInput,
} from "../../../shared/schemas/revocations.ts";
import type { Db, DbTransaction } from "../../db/create-database.ts";
import type { RevocationStatus } from "../../db/generated/client.ts";
import { type Actor, auditActor, recordAudit } from "../audit/record-audit.ts";
import { lockPeriods } from "../periods/period-lock.ts";
import { latestClosedKey } from "../periods/period-standing.ts";
import { currentPolicyVersion } from "../policy/policy-record.ts";
import { type RevocationSummary, revocationSummarySelect } from "./revocation-summary.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import { domainError, fieldError, notFound } from "../../errors.ts";
import { notifyRole, notifyUsers } from "../notifications/notify.ts";

/**
 * The first of two headquarters admins asks to issue it (reason, effective date): it stays PROPOSED,
 * waiting for another admin's approval (DOMAIN-2.md, Revocation needs two people).
 */
export async function requestRevocation(db: Db, actor: Actor, input: TRequestRevocationInput, now = new Date()) {
  const { policy } = await currentPolicyVersion(db);
  const today = localDateOf(now, policy.timeZone);
  if (input.effectiveDate < today) {
    throw fieldError("BAD_REQUEST", "effectiveDate", "revocation.effectiveDatePast", {
      today,
      timeZone: policy.timeZone,
    });
  }
  const effectiveAt = startOfLocalDate(input.effectiveDate, policy.timeZone);
  return decide(db, actor, input.proposalId, "PROPOSED", "REVOCATION_REQUESTED", async (tx, proposal) => {
    if (proposal.requestedAt) throw domainError("CONFLICT", "revocation.requestPending");
    await tx.revocationProposal.update({
      where: { id: input.proposalId },
      data: {
        requestedAt: now,
        requestedById: actor.id,
        requestReason: input.reason,
        requestedEffectiveAt: effectiveAt,
      },
    });
    await notifyRole(tx, "HQ_ADMIN", actor.id, {
      message: ref("notice.revocationAwaitsApproval", { center: proposal.center.code }),
      entityType: "revocation_proposal",
      at: now,
      entityId: proposal.id,
    });
  });
}

/**
 * The second admin, never the one who asked, approves the request (the revocation is issued, from
 * the requested date or today if that has passed) or rejects it with a reason (the request is
 * cleared; the proposal waits for a new one).
 */
export async function decideRevocationRequest(
  db: Db,
  actor: Actor,
  input: TDecideRevocationRequestInput,
  now = new Date(),
) {
  const approve = input.decision === "APPROVE";
  const timeZone = approve ? (await currentPolicyVersion(db)).policy.timeZone : null;
  return decide(
    db,
    actor,
    input.proposalId,
    "PROPOSED",
    approve ? "REVOCATION_ISSUED" : "REVOCATION_REQUEST_REJECTED",
    async (tx, proposal) => {
      if (!proposal.requestedAt || !proposal.requestedEffectiveAt || !proposal.requestReason)
        throw domainError("CONFLICT", "revocation.noRequest");
      if (proposal.requestedById === actor.id) throw fieldError("FORBIDDEN", "decision", "revocation.ownRequest");
      if (approve) {
        const today = startOfLocalDate(localDateOf(now, timeZone!), timeZone!);
        await tx.revocationProposal.update({
          where: { id: input.proposalId },
          data: {
            status: "ISSUED",
            decidedAt: now,
            decidedById: actor.id,
            decisionReason: proposal.requestReason,
            effectiveAt: proposal.requestedEffectiveAt < today ? today : proposal.requestedEffectiveAt,
            decidedAfterKey: await latestClosedKey(tx),
          },
        });
      } else {
        await tx.revocationProposal.update({
          where: { id: input.proposalId },
          data: {
            requestedAt: null,
            requestedById: null,
            requestReason: null,
            requestedEffectiveAt: null,
            requestRejectedAt: now,
            requestRejectReason: input.reason,
          },
        });
      }
      await notifyUsers(tx, [proposal.requestedById], {
        message: ref(approve ? "notice.revocationApproved" : "notice.revocationRejected", {
          center: proposal.center.code,
        }),
        entityType: "revocation_proposal",
        at: now,
        entityId: proposal.id,
      });
    },
  );
}

export async function dismissRevocation(db: Db, actor: Actor, input: TDecideRevocationInput, now = new Date()) {
  // The streak stays: the next failing evaluation raises a new proposal (DOMAIN.md, Consequences 4).
  return decide(db, actor, input.proposalId, "PROPOSED", "REVOCATION_DISMISSED", async (tx) => {
    await tx.revocationProposal.update({
      where: { id: input.proposalId },
      data: {
        status: "DISMISSED",
        decidedAt: now,
        decidedById: actor.id,
        decisionReason: input.reason,
        decidedAfterKey: await latestClosedKey(tx),
      },
    });
  });
}

export async function reverseRevocation(db: Db, actor: Actor, input: TDecideRevocationInput, now = new Date()) {
  return decide(db, actor, input.proposalId, "ISSUED", "REVOCATION_REVERSED", async (tx, proposal) => {
    await tx.revocationProposal.update({
      where: { id: input.proposalId },
      data: {
        status: "REVERSED",
        reversedAt: now,
        reversedById: actor.id,
        reverseReason: input.reason,
        reversedAfterKey: await latestClosedKey(tx),
      },
    });
    await tx.center.update({ where: { id: proposal.center.id }, data: { failureStreak: 0 } });
  });
}

async function decide(
  db: Db,
  actor: Actor,
  proposalId: number,
  from: RevocationStatus,
  action: AuditAction,
  apply: (tx: DbTransaction, proposal: RevocationSummary) => Promise<void>,
): Promise<RevocationSummary> {
  return db.$transaction(async (tx) => {
    // A decision sits in the period order after the latest closed period: it waits for a close or
    // reopen under way, so that both agree where it sits.
    await lockPeriods(tx);
    // Lock the row, so a concurrent decision waits and then sees the new status.
    const locked = await tx.$queryRaw<
      { id: number }[]
    >`SELECT id FROM revocation_proposal WHERE id = ${proposalId} FOR UPDATE`;
    if (locked.length === 0) throw notFound("notFound.revocationProposal");
    const before = await tx.revocationProposal.findUniqueOrThrow({
      where: { id: proposalId },
      select: revocationSummarySelect,
    });
    if (before.status !== from) {
      throw domainError("CONFLICT", "revocation.wrongState", {
        status: ref(`word.status.${before.status}`),
        required: ref(`word.status.${from}`),
        verb: ref(`word.verb.${verb(action)}`),
      });
    }
    await apply(tx, before);
    const after = await tx.revocationProposal.findUniqueOrThrow({
      where: { id: proposalId },
      select: revocationSummarySelect,
    });
    await recordAudit(tx, {
      ...auditActor(actor),
      action,
      entityType: "revocation_proposal",
      entityId: proposalId,
      before: decisionFields(before),
      after: decisionFields(after),
    });
    return after;
  });
}

function verb(action: AuditAction): "issued" | "dismissed" | "reversed" | "requested" {
  if (action === "REVOCATION_ISSUED" || action === "REVOCATION_REQUEST_REJECTED") return "issued";
  if (action === "REVOCATION_REQUESTED") return "requested";
  return action === "REVOCATION_DISMISSED" ? "dismissed" : "reversed";
}

function decisionFields(proposal: RevocationSummary) {
  return {
    centerId: proposal.center.id,
    status: proposal.status,
    decisionReason: proposal.decisionReason,
    effectiveAt: proposal.effectiveAt?.toISOString() ?? null,
    reverseReason: proposal.reverseReason,
    requestedById: proposal.requestedById,
    requestReason: proposal.requestReason,
    requestedEffectiveAt: proposal.requestedEffectiveAt?.toISOString() ?? null,
    requestRejectReason: proposal.requestRejectReason,
    failureStreak: proposal.center.failureStreak,
  };
}
