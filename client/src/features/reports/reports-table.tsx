import { createColumnHelper, useTable } from "@tanstack/react-table";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { formatHundredths } from "../../../../shared/domain/checklist-score.ts";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { type SortableFeatures, SortableTable, sortableFeatures } from "../../components/ui/sortable-table.tsx";
import { formatInZone } from "../../lib/zoned-time.ts";

type ReportRow = RouterOutputs["reports"]["list"]["rows"][number];

const column = createColumnHelper<SortableFeatures, ReportRow>();

/** On a phone: the center, the time, the status and the score (and the actions). */
const PHONE_HIDDEN = new Set(["id", "kind", "author"]);
/** The center's name and a critical-fail note take a second line rather than widening the table. */
const BREAKABLE = new Set(["center", "score", "author"]);

export function ReportsTable(props: {
  reports: ReportRow[];
  timeZone: string;
  canVoid: boolean;
  onVoid: (id: number) => void;
}) {
  const { t } = useTranslation();
  const columns = column.columns([
    column.accessor("id", { header: t("reports.col.id") }),
    column.accessor("kind", { header: t("reports.col.kind"), cell: (info) => t(`reportKind.${info.getValue()}`) }),
    column.accessor((row) => `${row.center.code} · ${row.center.name}`, {
      id: "center",
      header: t("reports.col.center"),
    }),
    column.accessor((row) => new Date(row.eventAt).getTime(), {
      id: "eventAt",
      header: t("reports.col.eventAt"),
      cell: (info) => formatInZone(info.row.original.eventAt, props.timeZone),
    }),
    column.accessor("author", {
      header: t("reports.col.author"),
      cell: (info) => info.getValue().name,
      enableSorting: false,
    }),
    column.accessor("status", {
      header: t("reports.col.status"),
      cell: (info) => <span data-report-status={info.getValue()}>{t(`reportStatus.${info.getValue()}`)}</span>,
    }),
    column.accessor((row) => row.score ?? -1, {
      id: "score",
      header: t("reports.col.score"),
      cell: (info) => {
        const row = info.row.original;
        if (row.score === null) return "—";
        return (
          <span className="tabular-nums">
            {formatHundredths(row.score)}
            {row.criticalFailed && <span className="ml-1 text-xs text-red-700">({t("reports.criticalFailed")})</span>}
          </span>
        );
      },
    }),
    column.display({
      id: "actions",
      header: "",
      cell: (info) => {
        const row = info.row.original;
        return (
          <span className="flex gap-2">
            <Link to="/reports/$reportId" params={{ reportId: String(row.id) }} className="text-indigo-700 underline">
              {t("reports.open")}
            </Link>
            {props.canVoid && row.status === "SUBMITTED" && (
              <button type="button" onClick={() => props.onVoid(row.id)} className="text-red-700 underline">
                {t("reports.void")}
              </button>
            )}
          </span>
        );
      },
    }),
  ]);
  const table = useTable({
    features: sortableFeatures,
    columns,
    data: props.reports,
    initialState: { sorting: [{ id: "eventAt", desc: true }] },
  });
  return (
    <SortableTable
      table={table}
      testId="reports-table"
      phoneHidden={PHONE_HIDDEN}
      breakableColumns={BREAKABLE}
      rowAttributes={(r) => ({ "data-report-id": r.id })}
    />
  );
}
