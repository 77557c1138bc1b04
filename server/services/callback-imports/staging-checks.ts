// The check that needs the stored data, run set-based on the staged rows: a work order that is
// already stored. (Duplicates inside the file are found while reading it.)
import type { DbReader } from "../../db/create-database.ts";
import { importError, type TImportError } from "../../../shared/schemas/csv-imports.ts";

import { ref } from "../../../shared/messages/message-ref.ts";

export async function findStagingProblems(
  db: DbReader,
  { importId, limit, column }: { importId: number; limit: number; column: string },
): Promise<{ listed: TImportError[]; total: number }> {
  const stored = await db.$queryRaw<{ row: number; workOrderNo: string; total: number }[]>`
    SELECT s.row_no AS row, s.work_order_no AS "workOrderNo", count(*) OVER ()::int AS total
    FROM callback_import_staging s JOIN callback c ON c.work_order_no = s.work_order_no
    WHERE s.import_id = ${importId}
    ORDER BY s.row_no LIMIT ${limit}`;
  return {
    listed: stored.map((s) => importError(s.row, column, ref("csv.workOrderStored", { workOrderNo: s.workOrderNo }))),
    total: stored[0]?.total ?? 0,
  };
}
