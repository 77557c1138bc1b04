// The pass rate of the user's centers over the last closed periods, for the trend chart.
import { divideHalfUp } from "../../../shared/domain/checklist-score.ts";
import type { SessionUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import { centerSelectionFor, centerSelectionSql } from "../scope/center-selection.ts";

export interface PeriodPassRate {
  periodKey: string;
  evaluated: number;
  passed: number;
  /** Hundredths of a percent of the evaluated centers (INSUFFICIENT_DATA left out); null when none. */
  passRate: number | null;
}

export async function passRateTrend(db: Db, user: SessionUser, input: { regionId?: number; periods?: number }) {
  const selection = centerSelectionFor(user, input.regionId);
  const rows = await db.$queryRaw<{ periodKey: string; evaluated: number; passed: number }[]>`
    SELECT e.period_key AS "periodKey",
           count(*) FILTER (WHERE e.result <> 'INSUFFICIENT_DATA')::int AS evaluated,
           count(*) FILTER (WHERE e.result = 'PASS')::int AS passed
    FROM evaluation e JOIN center c ON c.id = e.center_id JOIN period p ON p.key = e.period_key
    WHERE p.status = 'CLOSED' AND ${centerSelectionSql(selection)}
    GROUP BY e.period_key ORDER BY e.period_key DESC LIMIT ${input.periods ?? 12}`;
  return rows.reverse().map((row): PeriodPassRate => ({
    ...row,
    passRate: row.evaluated === 0 ? null : divideHalfUp(row.passed * 10000, row.evaluated),
  }));
}
