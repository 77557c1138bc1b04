// The checks that need the whole file or the stored data, run set-based on the staged rows:
// a work order twice in the file, or one already stored.
import type { DbReader } from "../../db/create-database.ts";
import type { ImportError } from "./validate-callback-import.ts";

export async function findStagingProblems(
  db: DbReader,
  { importId, limit, column }: { importId: number; limit: number; column: string },
): Promise<{ listed: ImportError[]; total: number }> {
  const duplicates = await db.$queryRaw<{ row: number; workOrderNo: string; firstRow: number }[]>`
    SELECT row_no AS row, work_order_no AS "workOrderNo", first_row AS "firstRow" FROM (
      SELECT row_no, work_order_no,
             min(row_no) OVER (PARTITION BY work_order_no) AS first_row
      FROM callback_import_staging WHERE import_id = ${importId}) AS s
    WHERE row_no <> first_row
    ORDER BY row_no LIMIT ${limit}`;
  const stored = await db.$queryRaw<{ row: number; workOrderNo: string }[]>`
    SELECT s.row_no AS row, s.work_order_no AS "workOrderNo"
    FROM callback_import_staging s JOIN callback c ON c.work_order_no = s.work_order_no
    WHERE s.import_id = ${importId}
    ORDER BY s.row_no LIMIT ${limit}`;
  const [counts] = await db.$queryRaw<{ duplicates: number; stored: number }[]>`
    SELECT
      (SELECT count(*)::int FROM callback_import_staging WHERE import_id = ${importId})
        - (SELECT count(DISTINCT work_order_no)::int FROM callback_import_staging WHERE import_id = ${importId}) AS duplicates,
      (SELECT count(*)::int FROM callback_import_staging s JOIN callback c ON c.work_order_no = s.work_order_no
        WHERE s.import_id = ${importId}) AS stored`;
  const listed = [
    ...duplicates.map((d) => ({
      row: d.row,
      column,
      message: `Work order ${d.workOrderNo} also appears on row ${d.firstRow} of this file.`,
    })),
    ...stored.map((s) => ({
      row: s.row,
      column,
      message: `Work order ${s.workOrderNo} is already stored; a work order is called back once.`,
    })),
  ];
  return { listed, total: (counts?.duplicates ?? 0) + (counts?.stored ?? 0) };
}
