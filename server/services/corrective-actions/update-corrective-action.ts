// The corrective-action workflow (DOMAIN.md): OPEN → SUBMITTED (the center's rectification, with
// evidence, recorded by the regional manager) → VERIFIED, or REJECTED back to OPEN with a comment.
import type { AuditAction } from "../../../shared/domain/audit-vocabulary.ts";
import type {
  TReviewRectificationInput,
  TSubmitRectificationInput,
} from "../../../shared/schemas/corrective-actions.ts";
import type { ActingUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import type { CorrectiveActionStatus, Prisma } from "../../db/generated/client.ts";
import { auditActor, recordAudit } from "../audit/record-audit.ts";
import { centersInScope } from "../scope/region-scope.ts";
import {
  type CorrectiveActionSummary,
  correctiveActionSelect,
  toCorrectiveActionSummary,
} from "./corrective-action-summary.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import { domainError, notFound } from "../../errors.ts";

export async function submitRectification(
  db: Db,
  user: ActingUser,
  input: TSubmitRectificationInput,
  now = new Date(),
): Promise<CorrectiveActionSummary> {
  return transition(db, user, input.correctiveActionId, "OPEN", "CORRECTIVE_ACTION_SUBMITTED", now, {
    status: "SUBMITTED",
    rectification: input.rectification,
    evidence: input.evidence,
    submittedAt: now,
    submittedById: user.id,
  });
}

export async function reviewRectification(
  db: Db,
  user: ActingUser,
  input: TReviewRectificationInput,
  now = new Date(),
): Promise<CorrectiveActionSummary> {
  const verified = input.decision === "VERIFY";
  return transition(
    db,
    user,
    input.correctiveActionId,
    "SUBMITTED",
    verified ? "CORRECTIVE_ACTION_VERIFIED" : "CORRECTIVE_ACTION_REJECTED",
    now,
    {
      status: verified ? "VERIFIED" : "OPEN",
      reviewedAt: now,
      reviewedById: user.id,
      reviewComment: input.comment || null,
    },
  );
}

async function transition(
  db: Db,
  user: ActingUser,
  id: number,
  from: CorrectiveActionStatus,
  action: AuditAction,
  now: Date,
  data: Prisma.CorrectiveActionUpdateManyMutationInput,
): Promise<CorrectiveActionSummary> {
  return db.$transaction(async (tx) => {
    const scope = { id, center: centersInScope(user) };
    const before = await tx.correctiveAction.findFirst({ where: scope, select: correctiveActionSelect });
    if (!before) throw notFound("notFound.correctiveAction");
    // The status condition makes the move atomic: a concurrent move leaves nothing to update here.
    const updated = await tx.correctiveAction.updateMany({ where: { id, status: from }, data });
    if (updated.count === 0) {
      throw domainError("CONFLICT", "corrective.wrongState", {
        status: ref(`word.status.${before.status}`),
        required: ref(`word.status.${from}`),
      });
    }
    const after = await tx.correctiveAction.findUniqueOrThrow({ where: { id }, select: correctiveActionSelect });
    await recordAudit(tx, {
      ...auditActor(user),
      action,
      entityType: "corrective_action",
      entityId: id,
      before: { status: before.status, rectification: before.rectification, reviewComment: before.reviewComment },
      after: {
        status: after.status,
        rectification: after.rectification,
        evidence: after.evidence,
        reviewComment: after.reviewComment,
      },
    });
    return toCorrectiveActionSummary(after, now);
  });
}
