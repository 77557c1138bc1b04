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
  finding?: ComplaintFinding | null;
  /** The complaint's new fields (status, handler, …), from the locked complaint. */
  change: (complaint: LockedComplaint) => Prisma.ComplaintUpdateInput;
  /** Checks beyond the status (e.g. the 30-day reopening window); throws a DomainError. */
  check?: (complaint: LockedComplaint) => void;
  /** Writes that go with the step (penalty proposals, notifications), in the same transaction. */
  alongside?: (tx: DbTransaction, complaint: LockedComplaint) => Promise<void>;
}

/** The step's input: the complaint, and what was done or said (a sentence for the timeline). */
export interface StepInput {
  complaintId: number;
  note?: string | null;
}

export async function takeComplaintStep(
  db: Db,
  user: ActingUser,
  { complaintId, note = null }: StepInput,
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
    // The event belongs to the cycle the complaint is in after the step (a reopening starts the next).
    await tx.complaintEvent.create({
      data: {
        complaintId,
        cycle: after.cycle,
        kind: step.event,
        at: now,
        actorId: user.id,
        note,
        finding: step.finding ?? null,
      },
    });
    await step.alongside?.(tx, complaint);
    await recordAudit(tx, {
      ...auditActor(user),
      action: step.action,
      entityType: "complaint",
      entityId: complaintId,
      before: { status: complaint.status, handlerId: complaint.handler?.id ?? null, cycle: complaint.cycle },
      after: { ...after, note },
    });
    return { id: after.id, status: after.status };
  });
}
