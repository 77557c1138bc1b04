// Headquarters closes a direct center's escalation after its management review.
import type { TResolveEscalationInput } from "../../../shared/schemas/revocations.ts";
import type { Db } from "../../db/create-database.ts";
import { type Actor, auditActor, recordAudit } from "../audit/record-audit.ts";
import { lockPeriods } from "../periods/period-lock.ts";
import { latestClosedKey } from "../periods/period-standing.ts";
import { type EscalationSummary, escalationSummarySelect } from "./list-escalations.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import { domainError, notFound } from "../../errors.ts";

export async function resolveEscalation(
  db: Db,
  actor: Actor,
  input: TResolveEscalationInput,
  now = new Date(),
): Promise<EscalationSummary> {
  return db.$transaction(async (tx) => {
    await lockPeriods(tx); // see decide-revocation.ts: the decision's place in the period order
    const updated = await tx.escalation.updateMany({
      where: { id: input.escalationId, status: "OPEN" },
      data: {
        status: "RESOLVED",
        resolvedAt: now,
        resolvedById: actor.id,
        resolution: input.resolution,
        resolvedAfterKey: await latestClosedKey(tx),
      },
    });
    const escalation = await tx.escalation.findUnique({
      where: { id: input.escalationId },
      select: escalationSummarySelect,
    });
    if (!escalation) throw notFound("notFound.escalation");
    if (updated.count === 0) {
      throw domainError("CONFLICT", "escalation.notOpen", { status: ref(`word.status.${escalation.status}`) });
    }
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "ESCALATION_RESOLVED",
      entityType: "escalation",
      entityId: escalation.id,
      before: { status: "OPEN" },
      after: { status: "RESOLVED", resolution: input.resolution },
    });
    return escalation;
  });
}
