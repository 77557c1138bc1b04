// One step on a complaint's timeline: lock the complaint, check that its status allows the step,
// append the event, move the complaint, and audit it, all in one transaction.
import type { AuditAction } from "../../../shared/domain/audit-vocabulary.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import type { ActingUser } from "../../context.ts";
import type { Db, DbTransaction } from "../../db/create-database.ts";
import type { ComplaintEventKind, ComplaintFinding, ComplaintStatus, Prisma } from "../../db/generated/client.ts";
import { domainError } from "../../errors.ts";
import { auditActor, recordAudit } from "../audit/record-audit.ts";
import { lockComplaint } from "./complaint-access.ts";

export type LockedComplaint = Awaited<ReturnType<typeof lockComplaint>>;

export interface ComplaintStep {
  action: AuditAction;
  event: ComplaintEventKind;
  /** The statuses the step may start from. */
  from: readonly ComplaintStatus[];
  note?: string | null;
  finding?: ComplaintFinding | null;
  /** The complaint's new fields (status, handler, …), from the locked complaint. */
  change: (complaint: LockedComplaint) => Prisma.ComplaintUpdateInput;
  /** Checks beyond the status (e.g. the 30-day reopening window); throws a DomainError. */
  check?: (complaint: LockedComplaint) => void;
  /** Writes that go with the step (penalty proposals, notifications), in the same transaction. */
  alongside?: (tx: DbTransaction, complaint: LockedComplaint) => Promise<void>;
  /** The event's cycle: the complaint's own, or the next one for a reopening. */
  nextCycle?: boolean;
}

export async function takeComplaintStep(
  db: Db,
  user: ActingUser,
  complaintId: number,
  step: ComplaintStep,
  now: Date,
): Promise<{ id: number; status: ComplaintStatus }> {
  return db.$transaction(async (tx) => {
    const complaint = await lockComplaint(tx, user, complaintId);
    if (!step.from.includes(complaint.status)) {
      throw domainError("CONFLICT", "complaint.wrongStatus", {
        status: ref(`word.complaintStatus.${complaint.status}`),
      });
    }
    step.check?.(complaint);
    const cycle = step.nextCycle ? complaint.cycle + 1 : complaint.cycle;
    await tx.complaintEvent.create({
      data: {
        complaintId,
        cycle,
        kind: step.event,
        at: now,
        actorId: user.id,
        note: step.note ?? null,
        finding: step.finding ?? null,
      },
    });
    const after = await tx.complaint.update({
      where: { id: complaintId },
      data: step.change(complaint),
      select: {
        id: true,
        status: true,
        handlerId: true,
        cycle: true,
        finding: true,
        remedy: true,
        compensationYuan: true,
      },
    });
    await step.alongside?.(tx, complaint);
    await recordAudit(tx, {
      ...auditActor(user),
      action: step.action,
      entityType: "complaint",
      entityId: complaintId,
      before: { status: complaint.status, handlerId: complaint.handler?.id ?? null, cycle: complaint.cycle },
      after: { ...after, note: step.note ?? null },
    });
    return { id: after.id, status: after.status };
  });
}
