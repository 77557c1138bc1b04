// The visible rows of the scorecard, in the visible columns' order, as a formula-safe CSV file.
import { formatHundredths } from "../../../../shared/domain/checklist-score.ts";
import { toCsv } from "../../../../shared/domain/csv-export.ts";
import type { ScorecardRow } from "./scorecard-filters.ts";

export interface ExportColumn {
  header: string;
  value: (row: ScorecardRow) => string | number | null;
}

export const score = (hundredths: number | null) => (hundredths === null ? null : formatHundredths(hundredths));

export function scorecardCsv(rows: readonly ScorecardRow[], columns: readonly ExportColumn[]): string {
  return toCsv(
    columns.map((c) => c.header),
    rows.map((row) => columns.map((c) => c.value(row))),
  );
}

export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
