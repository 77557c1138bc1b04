// A complaint recorded by hand at the desk (DOMAIN-2.md, Complaints). Its channel's reference is
// unique per channel; the time received is not in the future nor before the network's first period.
import { checkRecordPeriod } from "../../../shared/domain/record-period.ts";
import type { TRecordComplaintParsed } from "../../../shared/schemas/complaints.ts";
import type { ActingUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { DomainError, fieldError } from "../../errors.ts";
import { auditActor, recordAudit } from "../audit/record-audit.ts";
import { readFirstPeriod } from "../periods/period-standing.ts";
import { networkTimeZone } from "../policy/policy-record.ts";
import { centersInScope } from "../scope/region-scope.ts";

export async function recordComplaint(db: Db, user: ActingUser, input: TRecordComplaintParsed, now = new Date()) {
  try {
    return await db.$transaction(async (tx) => {
      const center = await tx.center.findFirst({
        where: { AND: [{ id: input.centerId }, centersInScope(user)] },
        select: { id: true },
      });
      if (!center) throw fieldError("NOT_FOUND", "centerId", "notFound.center");
      const timeZone = await networkTimeZone(tx);
      const check = checkRecordPeriod(input.receivedAt, {
        now,
        timeZone,
        firstPeriod: await readFirstPeriod(tx),
        // A complaint about a closed month still comes in: it does not change that month's scores.
        isClosed: () => false,
      });
      if (!check.ok) throw new DomainError("BAD_REQUEST", check.message, { receivedAt: [check.message] });
      const existing = await tx.complaint.findUnique({
        where: { channel_channelRef: { channel: input.channel, channelRef: input.channelRef } },
        select: { id: true },
      });
      if (existing) throw duplicate(input.channelRef);
      const complaint = await tx.complaint.create({
        data: {
          channel: input.channel,
          channelRef: input.channelRef,
          receivedAt: input.receivedAt,
          periodKey: check.periodKey,
          centerId: center.id,
          workOrderNo: input.workOrderNo ? input.workOrderNo.toUpperCase() : null,
          category: input.category,
          customerName: input.customerName,
          customerPhone: input.customerPhone,
          description: input.description,
          cycleStartedAt: input.receivedAt,
          createdById: user.id,
          events: { create: { cycle: 0, kind: "RECORDED", at: now, actorId: user.id } },
        },
        select: { id: true, channel: true, channelRef: true, centerId: true, category: true, periodKey: true },
      });
      await recordAudit(tx, {
        ...auditActor(user),
        action: "COMPLAINT_RECORDED",
        entityType: "complaint",
        entityId: complaint.id,
        // The customer's phone is personal data: the audit log keeps it masked, like every screen.
        after: { ...complaint, receivedAt: input.receivedAt.toISOString() },
      });
      return complaint;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate(input.channelRef);
    throw error;
  }
}

function duplicate(channelRef: string): DomainError {
  return fieldError("CONFLICT", "channelRef", "complaint.alreadyRecorded", { channelRef });
}
