// The scorecard's columns: what the table shows and what the CSV export writes, defined once.
import { Link } from "@tanstack/react-router";
import type { TFunction } from "i18next";
import { formatHundredths } from "../../../../shared/domain/checklist-score.ts";
import { StatusBadge } from "../../components/ui/status-badge.tsx";
import type { ExportColumn } from "./export-scorecard.ts";
import { score } from "./export-scorecard.ts";
import type { ScorecardRow } from "./scorecard-filters.ts";
import { Sparkline } from "./sparkline.tsx";

export interface ScorecardColumn extends ExportColumn {
  id: string;
  /** The sort key; null for columns that do not sort. */
  sortValue: ((row: ScorecardRow) => number | string) | null;
  cell: (row: ScorecardRow) => React.ReactNode;
  numeric?: boolean;
}

const sourceCell = (value: number | null, count: number) => (
  <span className="tabular-nums">
    {value === null ? "—" : formatHundredths(value)} <span className="text-xs text-slate-600">({count})</span>
  </span>
);

/** Sorts missing scores below every real one. */
const orMinus = (value: number | null) => value ?? -1;

export function scorecardColumns(t: TFunction, thresholdHundredths: number): ScorecardColumn[] {
  return [
    {
      id: "code",
      header: t("scorecard.col.code"),
      value: (r) => r.code,
      sortValue: (r) => r.code,
      cell: (r) => (
        <Link
          to="/centers/$centerId"
          params={{ centerId: String(r.centerId) }}
          className="font-medium text-indigo-700 underline"
        >
          {r.code}
        </Link>
      ),
    },
    {
      id: "name",
      header: t("scorecard.col.name"),
      value: (r) => r.name,
      sortValue: (r) => r.name,
      cell: (r) => r.name,
    },
    {
      id: "city",
      header: t("scorecard.col.city"),
      value: (r) => r.city,
      sortValue: (r) => r.city,
      cell: (r) => r.city,
    },
    {
      id: "tier",
      header: t("scorecard.col.tier"),
      value: (r) => r.cityTier,
      sortValue: (r) => r.cityTier,
      cell: (r) => r.cityTier,
      numeric: true,
    },
    {
      id: "kind",
      header: t("scorecard.col.kind"),
      value: (r) => t(`kind.${r.kind}`),
      sortValue: (r) => r.kind,
      cell: (r) => t(`kind.${r.kind}`),
    },
    {
      id: "status",
      header: t("scorecard.col.status"),
      value: (r) => t(`status.${r.status}`),
      sortValue: (r) => r.status,
      cell: (r) => <StatusBadge status={r.status} />,
    },
    {
      id: "composite",
      header: t("scorecard.col.composite"),
      value: (r) => score(r.composite),
      sortValue: (r) => orMinus(r.composite),
      numeric: true,
      cell: (r) => (
        <span
          className={`font-semibold tabular-nums ${r.composite !== null && r.composite < thresholdHundredths ? "text-red-700" : ""}`}
        >
          {r.composite === null ? "—" : formatHundredths(r.composite)}
        </span>
      ),
    },
    {
      id: "visits",
      header: t("scorecard.col.visits"),
      value: (r) => score(r.visitScore),
      sortValue: (r) => orMinus(r.visitScore),
      numeric: true,
      cell: (r) => sourceCell(r.visitScore, r.visitCount),
    },
    {
      id: "callbacks",
      header: t("scorecard.col.callbacks"),
      value: (r) => score(r.callbackScore),
      sortValue: (r) => orMinus(r.callbackScore),
      numeric: true,
      cell: (r) => sourceCell(r.callbackScore, r.callbackCount),
    },
    {
      id: "spotChecks",
      header: t("scorecard.col.spotChecks"),
      value: (r) => score(r.spotCheckScore),
      sortValue: (r) => orMinus(r.spotCheckScore),
      numeric: true,
      cell: (r) => sourceCell(r.spotCheckScore, r.spotCheckCount),
    },
    {
      id: "result",
      header: t("scorecard.col.result"),
      value: (r) => t(`result.${r.result}`),
      sortValue: (r) => r.result,
      cell: (r) => <span data-result={r.result}>{t(`result.${r.result}`)}</span>,
    },
    {
      id: "grade",
      header: t("scorecard.col.grade"),
      value: (r) => r.grade ?? "",
      sortValue: (r) => r.grade ?? "",
      cell: (r) => r.grade ?? "—",
    },
    {
      id: "upheldComplaints",
      header: t("scorecard.col.upheldComplaints"),
      value: (r) => r.upheldComplaints,
      sortValue: (r) => r.upheldComplaints,
      numeric: true,
      cell: (r) => (
        <span className={r.upheldComplaints > 0 ? "font-medium text-red-700" : ""}>{r.upheldComplaints}</span>
      ),
    },
    {
      id: "complaintsPer1000",
      header: t("scorecard.col.complaintsPer1000"),
      value: (r) => (r.complaintsPer1000 === null ? null : formatHundredths(r.complaintsPer1000)),
      sortValue: (r) => orMinus(r.complaintsPer1000),
      numeric: true,
      cell: (r) => (
        <span className="tabular-nums">
          {r.complaintsPer1000 === null ? "—" : formatHundredths(r.complaintsPer1000)}
        </span>
      ),
    },
    {
      id: "streak",
      header: t("scorecard.col.streak"),
      value: (r) => r.streak,
      sortValue: (r) => r.streak,
      numeric: true,
      cell: (r) => r.streak,
    },
    {
      id: "actions",
      header: t("scorecard.col.actions"),
      value: (r) => r.openCorrectiveActions,
      sortValue: (r) => r.openCorrectiveActions,
      numeric: true,
      cell: (r) => r.openCorrectiveActions,
    },
    {
      id: "change",
      header: t("scorecard.col.change"),
      value: (r) =>
        r.composite === null || r.previousComposite === null
          ? null
          : formatHundredths(r.composite - r.previousComposite),
      sortValue: (r) =>
        r.composite === null || r.previousComposite === null ? -100000 : r.composite - r.previousComposite,
      numeric: true,
      cell: (r) => {
        if (r.composite === null || r.previousComposite === null) return "—";
        const change = r.composite - r.previousComposite;
        return (
          <span className={`tabular-nums ${change < 0 ? "text-red-700" : "text-emerald-700"}`}>
            {(change > 0 ? "+" : "") + formatHundredths(change)}
          </span>
        );
      },
    },
    {
      id: "trend",
      header: t("scorecard.col.trend"),
      value: (r) => r.trend.map((composite) => (composite === null ? "" : formatHundredths(composite))).join(" "),
      sortValue: null,
      cell: (r) => <Sparkline points={[...r.trend, r.composite]} thresholdHundredths={thresholdHundredths} />,
    },
  ];
}
