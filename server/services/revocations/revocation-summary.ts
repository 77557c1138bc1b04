// A revocation proposal as headquarters' queue shows it, with its evidence: the failing evaluations
// (each explainable through scorecards.explain) and whether their corrective actions were met.
import type { Prisma } from "../../db/generated/client.ts";

export const evaluationEvidenceSelect = {
  id: true,
  periodKey: true,
  composite: true,
  result: true,
  visitScore: true,
  visitCount: true,
  callbackScore: true,
  callbackCount: true,
  spotCheckScore: true,
  spotCheckCount: true,
  streakAfter: true,
  policyVersion: { select: { version: true } },
  correctiveAction: { select: { id: true, status: true, dueAt: true, submittedAt: true, reviewedAt: true } },
} satisfies Prisma.EvaluationSelect;

export const revocationSummarySelect = {
  id: true,
  status: true,
  raisedPeriodKey: true,
  proposedAt: true,
  decidedAt: true,
  decisionReason: true,
  effectiveAt: true,
  reversedAt: true,
  reverseReason: true,
  flaggedAt: true,
  flagReason: true,
  requestedAt: true,
  requestedById: true,
  requestReason: true,
  requestedEffectiveAt: true,
  requestRejectedAt: true,
  requestRejectReason: true,
  penalty: { select: { id: true, kind: true, basis: true, reason: true, complaintId: true, reportId: true } },
  center: {
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      authorizationNo: true,
      partnerName: true,
      grade: true,
      failureStreak: true,
      region: { select: { id: true, code: true, nameZh: true, nameEn: true } },
    },
  },
  evidence: {
    select: { evaluation: { select: evaluationEvidenceSelect } },
    orderBy: { evaluation: { periodKey: "asc" } },
  },
} satisfies Prisma.RevocationProposalSelect;

export type RevocationSummary = Prisma.RevocationProposalGetPayload<{ select: typeof revocationSummarySelect }>;
