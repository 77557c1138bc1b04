// Direct centers that reached the failure streak, or whose penalty evidence was escalated instead of a
// penalty: headquarters' management-review list.
import type { TListEscalationsInput } from "../../../shared/schemas/revocations.ts";
import type { Db } from "../../db/create-database.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { evaluationEvidenceSelect } from "./revocation-summary.ts";

export const escalationSummarySelect = {
  id: true,
  status: true,
  raisedPeriodKey: true,
  reason: true,
  complaintId: true,
  reportId: true,
  openedAt: true,
  resolvedAt: true,
  resolution: true,
  center: {
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      failureStreak: true,
      region: { select: { id: true, code: true, nameZh: true, nameEn: true } },
    },
  },
  evidence: {
    select: { evaluation: { select: evaluationEvidenceSelect } },
    orderBy: { evaluation: { periodKey: "asc" } },
  },
} satisfies Prisma.EscalationSelect;

export type EscalationSummary = Prisma.EscalationGetPayload<{ select: typeof escalationSummarySelect }>;

export async function listEscalations(db: Db, input: TListEscalationsInput): Promise<EscalationSummary[]> {
  const rows = await db.escalation.findMany({
    where: input.status ? { status: input.status } : {},
    select: escalationSummarySelect,
    orderBy: [{ openedAt: "desc" }, { id: "desc" }],
  });
  return rows.sort((a, b) => Number(b.status === "OPEN") - Number(a.status === "OPEN"));
}
