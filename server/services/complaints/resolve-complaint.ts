// Resolving a complaint (DOMAIN-2.md, Complaints): a finding and the customer's remedy. A counterfeit
// part found upheld is a confirmed counterfeit case ("假一赔三"): the customer gets three times what
// they paid for it, and penalties are proposed by the rule in shared/domain/penalty-rules.ts (for a
// direct center, an escalation instead).
import {
  COUNTERFEIT_REPEAT_DAYS,
  counterfeitCompensationYuan,
  counterfeitProposals,
} from "../../../shared/domain/penalty-rules.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import type { TResolveComplaintInput } from "../../../shared/schemas/complaints.ts";
import type { ActingUser } from "../../context.ts";
import type { Db, DbTransaction } from "../../db/create-database.ts";
import { createPenaltyProposals, escalateDirectCenter } from "../penalties/create-penalty-proposals.ts";
import { takeComplaintStep, type LockedComplaint } from "./complaint-step.ts";

const DAY_MS = 86_400_000;

export function resolveComplaint(db: Db, user: ActingUser, input: TResolveComplaintInput, now = new Date()) {
  const partYuan = input.counterfeitPartYuan ?? null;
  const compensationYuan = partYuan !== null ? counterfeitCompensationYuan(partYuan) : (input.compensationYuan ?? null);
  return takeComplaintStep(
    db,
    user,
    { complaintId: input.complaintId, note: input.resolution },
    {
      action: "COMPLAINT_RESOLVED",
      event: "RESOLVED",
      from: ["NEW", "IN_PROGRESS", "AWAITING_CENTER"],
      finding: input.finding,
      change: (complaint) => ({
        ...(complaint.handler ? {} : { handler: { connect: { id: user.id } } }),
        status: "RESOLVED",
        finding: input.finding,
        remedy: input.remedy,
        compensationYuan,
        counterfeitPartYuan: partYuan,
        resolution: input.resolution,
        resolvedAt: now,
      }),
      alongside: partYuan === null ? undefined : (tx, complaint) => counterfeitCase(tx, user, complaint, partYuan, now),
    },
    now,
  );
}

async function counterfeitCase(
  tx: DbTransaction,
  user: ActingUser,
  complaint: LockedComplaint,
  partYuan: number,
  now: Date,
) {
  const evidence = {
    centerId: complaint.center.id,
    basis: "COUNTERFEIT" as const,
    complaintId: complaint.id,
    reportId: null,
    // Worded by the reader's language, like every message the system writes (storedMessageText).
    reason: JSON.stringify(
      ref("penalty.counterfeitReason", { complaintId: String(complaint.id), channelRef: complaint.channelRef }),
    ),
  };
  const center = await tx.center.findUniqueOrThrow({
    where: { id: complaint.center.id },
    select: { kind: true, grade: true },
  });
  if (center.kind === "DIRECT" || center.grade === null) {
    await escalateDirectCenter(tx, user, evidence, now);
    return;
  }
  const earlier = await tx.complaint.count({
    where: {
      centerId: complaint.center.id,
      id: { not: complaint.id },
      finding: "UPHELD",
      counterfeitPartYuan: { not: null },
      resolvedAt: { gte: new Date(now.getTime() - COUNTERFEIT_REPEAT_DAYS * DAY_MS), lte: now },
    },
  });
  const proposals = counterfeitProposals({ grade: center.grade, partYuan, earlierCaseWithinYear: earlier > 0 });
  await createPenaltyProposals(tx, user, evidence, proposals, now);
}
