import type { Db } from "../../db/create-database.ts";
import { type PolicyVersion, policyVersionSelect, toPolicyVersion } from "./policy-record.ts";

export interface PolicyVersionSummary extends PolicyVersion {
  createdByEmail: string | null;
  /** Closed periods that were closed with this version. */
  closedPeriods: string[];
}

/** Every version, newest first; the first one is in force. */
export async function listPolicyVersions(db: Db): Promise<PolicyVersionSummary[]> {
  const rows = await db.scoringPolicyVersion.findMany({
    select: {
      ...policyVersionSelect,
      createdById: true,
      periods: { where: { status: "CLOSED" }, select: { key: true }, orderBy: { key: "asc" } },
    },
    orderBy: { version: "desc" },
  });
  const authorIds = rows.flatMap((row) => (row.createdById ? [row.createdById] : []));
  const authors = await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, email: true } });
  const emailOf = new Map(authors.map((a) => [a.id, a.email]));
  return rows.map((row) => ({
    ...toPolicyVersion(row),
    createdByEmail: row.createdById ? (emailOf.get(row.createdById) ?? null) : null,
    closedPeriods: row.periods.map((p) => p.key),
  }));
}
