// Where the period history stands: recent periods with their status, and the one to close next.
import { periodKeyOf, shiftPeriod } from "../../../shared/domain/periods.ts";
import type { Db } from "../../db/create-database.ts";
import { currentPolicyVersion } from "../policy/policy-record.ts";
import { nextPeriodToClose, readPeriodHistory } from "./period-order.ts";

export interface PeriodOverview {
  currentPeriodKey: string;
  nextToClose: string | null;
  latestClosed: string | null;
  reopened: string | null;
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
  const currentPeriodKey = periodKeyOf(now, policy.policy.timeZone);
  const [history, rows] = await Promise.all([
    readPeriodHistory(db),
    db.period.findMany({
      select: {
        key: true,
        status: true,
        closedAt: true,
        reopenedAt: true,
        reopenReason: true,
        policyVersion: { select: { version: true } },
      },
      orderBy: { key: "desc" },
      take: 36,
    }),
  ]);
  const stored = new Map(rows.map((row) => [row.key, row]));
  // The last 24 months, closed or not, so the months still waiting for a close show too.
  const keys = new Set([...Array.from({ length: 24 }, (_, i) => shiftPeriod(currentPeriodKey, -i)), ...stored.keys()]);
  const periods = [...keys]
    .sort((a, b) => b.localeCompare(a))
    .map((key) => {
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
  return { currentPeriodKey, nextToClose: nextPeriodToClose(history, currentPeriodKey), ...history, periods };
}
