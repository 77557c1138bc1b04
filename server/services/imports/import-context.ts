// What every import's rows are checked against, read once per file.
import type { CenterLookup } from "../../../shared/domain/callback-csv.ts";
import type { SessionUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import { readFirstPeriod } from "../periods/period-standing.ts";
import { centersInScope } from "../scope/region-scope.ts";

/**
 * The moment, first period and the user's centers a file's rows are checked against, with the zone
 * its local times are read in (each kind's, as its form reads it).
 */
export async function readImportContext(db: Db, user: SessionUser, now: Date, timeZone: string) {
  return {
    now,
    timeZone,
    centers: await importCenterLookup(db, user, now),
    firstPeriod: await readFirstPeriod(db),
  };
}

/** The centers the user may import for (region scope), by code, with whether each is revoked. */
export async function importCenterLookup(db: Db, user: SessionUser, now: Date): Promise<Map<string, CenterLookup>> {
  const rows = await db.center.findMany({
    where: centersInScope(user),
    select: {
      id: true,
      code: true,
      revocationProposals: { where: { status: "ISSUED", effectiveAt: { lte: now } }, select: { id: true }, take: 1 },
    },
  });
  return new Map(rows.map((c) => [c.code.toUpperCase(), { id: c.id, revoked: c.revocationProposals.length > 0 }]));
}

export function closedPeriodSet(periods: { key: string }[]): (periodKey: string) => boolean {
  const closed = new Set(periods.map((p) => p.key));
  return (periodKey) => closed.has(periodKey);
}
