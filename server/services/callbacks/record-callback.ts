// A satisfaction callback entered by hand. One per work order, ever (DOMAIN.md, Callbacks).
import type { TRecordCallbackParsed } from "../../../shared/schemas/callbacks.ts";
import type { ActingUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import { Prisma } from "../../db/generated/client.ts";
import { auditActor, recordAudit } from "../audit/record-audit.ts";
import { assertCenterAcceptsRecords } from "../centers/assert-accepts-records.ts";
import { type DomainError, fieldError } from "../../errors.ts";

export async function recordCallback(db: Db, user: ActingUser, input: TRecordCallbackParsed, now = new Date()) {
  const workOrderNo = input.workOrderNo.toUpperCase();
  try {
    return await db.$transaction(async (tx) => {
      const { periodKey } = await assertCenterAcceptsRecords(tx, user, {
        centerId: input.centerId,
        eventAt: input.calledAt,
        eventField: "calledAt",
        now,
      });
      if (await tx.callback.findUnique({ where: { workOrderNo }, select: { id: true } })) throw duplicate(workOrderNo);
      const reached = input.outcome === "REACHED";
      const callback = await tx.callback.create({
        data: {
          workOrderNo,
          centerId: input.centerId,
          calledAt: input.calledAt,
          periodKey,
          outcome: input.outcome,
          rating: reached ? (input.rating ?? null) : null,
          issueResolved: reached ? (input.issueResolved ?? null) : null,
          priceExplained: reached ? (input.priceExplained ?? null) : null,
          staffCourteous: reached ? (input.staffCourteous ?? null) : null,
          comment: input.comment || null,
          recordedById: user.id,
        },
        select: {
          id: true,
          workOrderNo: true,
          centerId: true,
          calledAt: true,
          periodKey: true,
          outcome: true,
          rating: true,
        },
      });
      await recordAudit(tx, {
        ...auditActor(user),
        action: "CALLBACK_RECORDED",
        entityType: "callback",
        entityId: callback.id,
        after: { ...callback, calledAt: callback.calledAt.toISOString() },
      });
      return callback;
    });
  } catch (error) {
    // Two entries of one work order at the same moment: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw duplicate(workOrderNo);
    throw error;
  }
}

function duplicate(workOrderNo: string): DomainError {
  return fieldError("CONFLICT", "workOrderNo", "callback.workOrderRecorded", { workOrderNo });
}
