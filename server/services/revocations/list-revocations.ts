import type { TListRevocationsInput } from "../../../shared/schemas/revocations.ts";
import type { Db } from "../../db/create-database.ts";
import { type RevocationSummary, revocationSummarySelect } from "./revocation-summary.ts";

/** Headquarters' queue: pending proposals first, then flagged ones, newest first within each. */
export async function listRevocations(db: Db, input: TListRevocationsInput): Promise<RevocationSummary[]> {
  const rows = await db.revocationProposal.findMany({
    where: input.status ? { status: input.status } : {},
    select: revocationSummarySelect,
    orderBy: [{ proposedAt: "desc" }, { id: "desc" }],
  });
  const rank = (row: RevocationSummary) => (row.status === "PROPOSED" ? 0 : row.flaggedAt ? 1 : 2);
  return rows.sort((a, b) => rank(a) - rank(b));
}
