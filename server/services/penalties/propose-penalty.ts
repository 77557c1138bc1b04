// A person proposes a penalty (DOMAIN-2.md, Penalties): against an authorized center in their scope,
// for a reason with its evidence: an upheld complaint about that center, a submitted report of it
// with a failed critical item, a confirmed counterfeit case, or words. Headquarters decides it.
import { gradeBelow } from "../../../shared/domain/penalty-rules.ts";
import type { TProposePenaltyInput } from "../../../shared/schemas/penalties.ts";
import type { ActingUser } from "../../context.ts";
import type { Db, DbTransaction } from "../../db/create-database.ts";
import { fieldError } from "../../errors.ts";
import { centersInScope } from "../scope/region-scope.ts";
import { createPenaltyProposals, escalateDirectCenter, type PenaltyEvidence } from "./create-penalty-proposals.ts";

export type ProposePenaltyOutcome =
  { outcome: "PROPOSED"; penaltyId: number } | { outcome: "ESCALATED"; escalationId: number };

export async function proposePenalty(
  db: Db,
  user: ActingUser,
  input: TProposePenaltyInput,
  now = new Date(),
): Promise<ProposePenaltyOutcome> {
  return db.$transaction(async (tx) => {
    const center = await tx.center.findFirst({
      where: { AND: [{ id: input.centerId }, centersInScope(user)] },
      select: {
        id: true,
        code: true,
        kind: true,
        grade: true,
        revocationProposals: { where: { status: "ISSUED", effectiveAt: { lte: now } }, select: { id: true }, take: 1 },
      },
    });
    if (!center) throw fieldError("NOT_FOUND", "centerId", "notFound.center");
    if (center.revocationProposals.length > 0)
      throw fieldError("CONFLICT", "centerId", "center.revoked", { code: center.code });
    await checkEvidence(tx, input);
    const evidence: PenaltyEvidence = {
      centerId: center.id,
      basis: input.basis,
      complaintId: input.complaintId ?? null,
      reportId: input.reportId ?? null,
      reason: input.reason,
    };
    if (center.kind === "DIRECT") {
      const escalation = await escalateDirectCenter(tx, user, evidence, now);
      return { outcome: "ESCALATED", escalationId: escalation.id };
    }
    if (input.kind === "DOWNGRADE" && center.grade && gradeBelow(center.grade) === null)
      throw fieldError("CONFLICT", "kind", "penalty.gradeCannotGoLower", { code: center.code });
    const [penalty] = await createPenaltyProposals(tx, user, evidence, [input], now);
    return { outcome: "PROPOSED", penaltyId: penalty!.id };
  });

  async function checkEvidence(tx: DbTransaction, proposal: TProposePenaltyInput) {
    if (proposal.complaintId != null) {
      const complaint = await tx.complaint.findFirst({
        where: { id: proposal.complaintId, centerId: proposal.centerId },
        select: { finding: true, counterfeitPartYuan: true },
      });
      if (!complaint) throw fieldError("NOT_FOUND", "complaintId", "penalty.complaintNotOfCenter");
      if (complaint.finding !== "UPHELD") throw fieldError("CONFLICT", "complaintId", "penalty.complaintNotUpheld");
      if (proposal.basis === "COUNTERFEIT" && complaint.counterfeitPartYuan === null)
        throw fieldError("CONFLICT", "complaintId", "penalty.complaintNotCounterfeit");
    }
    if (proposal.reportId != null) {
      const report = await tx.report.findFirst({
        where: { id: proposal.reportId, centerId: proposal.centerId, status: "SUBMITTED" },
        select: { criticalFailed: true },
      });
      if (!report) throw fieldError("NOT_FOUND", "reportId", "penalty.reportNotOfCenter");
      if (!report.criticalFailed) throw fieldError("CONFLICT", "reportId", "penalty.reportNoCriticalFail");
    }
  }
}
