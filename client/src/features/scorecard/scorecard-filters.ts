// The scorecard's filters, applied to the rows the server sent (the period's rows of the user's
// regions are all on the client, so filtering is instant).
import type { RouterOutputs } from "../../lib/api-types.ts";

export type ScorecardRow = RouterOutputs["scorecards"]["get"]["rows"][number];

export interface ScorecardFilters {
  text: string;
  kind: "" | "DIRECT" | "AUTHORIZED";
  tier: "" | "1" | "2" | "3" | "4" | "5";
  status: "" | ScorecardRow["status"];
  result: "" | ScorecardRow["result"];
  belowThreshold: boolean;
  /** Only centers with an upheld complaint in the period. */
  withUpheldComplaints: boolean;
}

export const NO_FILTERS: ScorecardFilters = {
  text: "",
  kind: "",
  tier: "",
  status: "",
  result: "",
  belowThreshold: false,
  withUpheldComplaints: false,
};

export function filterRows(
  rows: readonly ScorecardRow[],
  filters: ScorecardFilters,
  thresholdHundredths: number,
): ScorecardRow[] {
  const text = filters.text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (!text ||
        row.code.toLowerCase().includes(text) ||
        row.name.toLowerCase().includes(text) ||
        row.city.toLowerCase().includes(text)) &&
      (!filters.kind || row.kind === filters.kind) &&
      (!filters.tier || row.cityTier === Number(filters.tier)) &&
      (!filters.status || row.status === filters.status) &&
      (!filters.result || row.result === filters.result) &&
      (!filters.belowThreshold || (row.composite !== null && row.composite < thresholdHundredths)) &&
      (!filters.withUpheldComplaints || row.upheldComplaints > 0),
  );
}
