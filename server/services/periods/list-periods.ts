// Where the period history stands: every period from the network's first one to the current one,
// with its status, and what the order allows next (shared/domain/period-order.ts).
import { existingPeriods, latestClosed, nextToClose } from "../../../shared/domain/period-order.ts";
import type { Db } from "../../db/create-database.ts";
import { currentPolicyVersion } from "../policy/policy-record.ts";
import { readPeriodStanding } from "./period-standing.ts";

export interface PeriodOverview {
  firstPeriodKey: string;
  currentPeriodKey: string;
  nextToClose: string | null;
  latestClosed: string | null;
  /** Reopened periods awaiting their re-close, oldest (the next to close) first. */
  reopened: string[];
  periods: {
    key: string;
    status: "OPEN" | "CLOSED";
    closedAt: Date | null;
    policyVersion: number | null;
    reopenedAt: Date | null;
    reopenReason: string | null;
  }[];
}

export async function listPeriods(db: Db, now = new Date()): Promise<PeriodOverview> {
  const policy = await currentPolicyVersion(db);
  const [standing, rows] = await Promise.all([
    readPeriodStanding(db, policy.policy.timeZone, now),
    db.period.findMany({
      select: {
        key: true,
        status: true,
        closedAt: true,
        reopenedAt: true,
        reopenReason: true,
        policyVersion: { select: { version: true } },
      },
    }),
  ]);
  const stored = new Map(rows.map((row) => [row.key, row]));
  const periods = existingPeriods(standing).map((key) => {
    const row = stored.get(key);
    return {
      key,
      status: row?.status ?? ("OPEN" as const),
      closedAt: row?.closedAt ?? null,
      policyVersion: row?.policyVersion?.version ?? null,
      reopenedAt: row?.reopenedAt ?? null,
      reopenReason: row?.reopenReason ?? null,
    };
  });
  return {
    firstPeriodKey: standing.firstPeriod,
    currentPeriodKey: standing.currentPeriod,
    nextToClose: nextToClose(standing),
    latestClosed: latestClosed(standing),
    reopened: [...standing.reopened].sort(),
    periods,
  };
}
