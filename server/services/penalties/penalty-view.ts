// A penalty as the ledger and the center page show it.
import type { Prisma } from "../../db/generated/client.ts";

export const penaltySelect = {
  id: true,
  kind: true,
  status: true,
  basis: true,
  complaintId: true,
  reportId: true,
  reason: true,
  amountYuan: true,
  gradeFrom: true,
  gradeTo: true,
  periodKey: true,
  proposedAt: true,
  proposedById: true,
  decidedAt: true,
  decidedById: true,
  decisionReason: true,
  settledAt: true,
  paymentRef: true,
  waiveReason: true,
  revocationProposal: { select: { id: true, status: true } },
  center: {
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      grade: true,
      partnerName: true,
      region: { select: { id: true, code: true, nameZh: true, nameEn: true } },
    },
  },
} satisfies Prisma.PenaltySelect;
export type PenaltyRow = Prisma.PenaltyGetPayload<{ select: typeof penaltySelect }>;

export function penaltyView(row: PenaltyRow) {
  return {
    ...row,
    proposedAt: row.proposedAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    settledAt: row.settledAt?.toISOString() ?? null,
  };
}

/** The fields an audit entry of a penalty keeps. */
export function penaltyAuditFields(row: PenaltyRow) {
  return {
    centerId: row.center.id,
    kind: row.kind,
    status: row.status,
    basis: row.basis,
    complaintId: row.complaintId,
    reportId: row.reportId,
    amountYuan: row.amountYuan,
    gradeFrom: row.gradeFrom,
    gradeTo: row.gradeTo,
    reason: row.reason,
    decisionReason: row.decisionReason,
    paymentRef: row.paymentRef,
    waiveReason: row.waiveReason,
  };
}
