// The staging table a validated import waits in before its commit: its columns, and one valid
// row as a line of CSV for COPY (text quoted, empty for null, booleans as t/f).
import type { ValidCallbackRow } from "../../../shared/domain/callback-csv.ts";

export const STAGING_COLUMNS = [
  "import_id",
  "row_no",
  "work_order_no",
  "center_id",
  "called_at",
  "period_key",
  "outcome",
  "rating",
  "issue_resolved",
  "price_explained",
  "staff_courteous",
  "comment",
] as const;

export function stagingLine(importId: number, rowNo: number, row: ValidCallbackRow): string {
  const bool = (value: boolean | null) => (value === null ? "" : value ? "t" : "f");
  const text = (value: string | null) => (value === null ? "" : `"${value.replaceAll('"', '""')}"`);
  return (
    [
      importId,
      rowNo,
      text(row.workOrderNo),
      row.centerId,
      row.calledAt.toISOString(),
      row.periodKey,
      row.outcome,
      row.rating ?? "",
      bool(row.issueResolved),
      bool(row.priceExplained),
      bool(row.staffCourteous),
      text(row.comment),
    ].join(",") + "\n"
  );
}
