// Upheld complaints per center for one period (the period of the complaint's receipt), for the
// scorecard's complaint columns: one grouped query for the whole selection.
import type { DbReader } from "../../db/create-database.ts";
import { type CenterSelection, centerSelectionSql } from "../scope/center-selection.ts";

export async function readUpheldComplaints(
  db: DbReader,
  periodKey: string,
  selection: CenterSelection,
): Promise<Map<number, number>> {
  const rows = await db.$queryRaw<{ center_id: number; n: number }[]>`
    SELECT k.center_id, count(*)::int AS n
    FROM complaint k JOIN center c ON c.id = k.center_id
    WHERE k.period_key = ${periodKey} AND k.finding = 'UPHELD' AND ${centerSelectionSql(selection)}
    GROUP BY k.center_id`;
  return new Map(rows.map((row) => [row.center_id, row.n]));
}
