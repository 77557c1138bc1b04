// Headquarters' decisions on a revocation proposal (DOMAIN.md, Consequences 4–5): issue it (reason,
// effective date) or dismiss it (reason); reverse an issued one (reason; the streak resets to 0).
// Each decision moves the proposal from exactly one status, so two racing decisions cannot both win.
import type { AuditAction } from "../../../shared/domain/audit-vocabulary.ts";
import { localDateOf, startOfLocalDate } from "../../../shared/domain/periods.ts";
import type { TDecideRevocationInput, TIssueRevocationInput } from "../../../shared/schemas/revocations.ts";
import type { Db, DbTransaction } from "../../db/create-database.ts";
import type { RevocationStatus } from "../../db/generated/client.ts";
import { type Actor, auditActor, recordAudit } from "../audit/record-audit.ts";
import { lockPeriods } from "../periods/period-lock.ts";
import { latestClosedKey } from "../periods/period-standing.ts";
import { currentPolicyVersion } from "../policy/policy-record.ts";
import { type RevocationSummary, revocationSummarySelect } from "./revocation-summary.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import { domainError, fieldError, notFound } from "../../errors.ts";

export async function issueRevocation(db: Db, actor: Actor, input: TIssueRevocationInput, now = new Date()) {
  const { policy } = await currentPolicyVersion(db);
  const today = localDateOf(now, policy.timeZone);
  if (input.effectiveDate < today) {
    throw fieldError("BAD_REQUEST", "effectiveDate", "revocation.effectiveDatePast", {
      today,
      timeZone: policy.timeZone,
    });
  }
  const effectiveAt = startOfLocalDate(input.effectiveDate, policy.timeZone);
  return decide(db, actor, input.proposalId, "PROPOSED", "REVOCATION_ISSUED", async (tx) => {
    await tx.revocationProposal.update({
      where: { id: input.proposalId },
      data: {
        status: "ISSUED",
        decidedAt: now,
        decidedById: actor.id,
        decisionReason: input.reason,
        effectiveAt,
        decidedAfterKey: await latestClosedKey(tx),
      },
    });
  });
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

function verb(action: AuditAction): "issued" | "dismissed" | "reversed" {
  return action === "REVOCATION_ISSUED" ? "issued" : action === "REVOCATION_DISMISSED" ? "dismissed" : "reversed";
}

function decisionFields(proposal: RevocationSummary) {
  return {
    centerId: proposal.center.id,
    status: proposal.status,
    decisionReason: proposal.decisionReason,
    effectiveAt: proposal.effectiveAt?.toISOString() ?? null,
    reverseReason: proposal.reverseReason,
    failureStreak: proposal.center.failureStreak,
  };
}
