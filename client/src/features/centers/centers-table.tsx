import { createColumnHelper, useTable } from "@tanstack/react-table";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { CenterSummary } from "./center-summary.ts";
import { type SortableFeatures, SortableTable, sortableFeatures } from "../../components/ui/sortable-table.tsx";
import { StatusBadge } from "../../components/ui/status-badge.tsx";
import { useLocalizedName } from "../../lib/localized-name.ts";

const column = createColumnHelper<SortableFeatures, CenterSummary>();
/** On a phone: code, name, city and status; the rest from a tablet's width on. */
const PHONE_HIDDEN = new Set(["kind", "region", "cityTier", "partner", "failureStreak"]);
/** Long names take a second line rather than pushing the table past a laptop's width. */
const BREAKABLE = new Set(["name", "partner", "city"]);

/** The network's centers; with `onEdit` (headquarters), each row has an edit button. */
export function CentersTable({
  centers,
  onEdit,
}: {
  centers: CenterSummary[];
  onEdit?: (center: CenterSummary) => void;
}) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const columns = column.columns([
    column.accessor("code", { header: t("centers.col.code"), sortFn: "alphanumeric" }),
    column.accessor("name", {
      header: t("centers.col.name"),
      sortFn: "text",
      cell: (info) => (
        <Link
          to="/centers/$centerId"
          params={{ centerId: String(info.row.original.id) }}
          className="text-indigo-700 underline"
        >
          {info.getValue()}
        </Link>
      ),
    }),
    column.accessor("kind", { header: t("centers.col.kind"), cell: (info) => t(`kind.${info.getValue()}`) }),
    column.accessor((row) => localized(row.region), {
      id: "region",
      header: t("centers.col.region"),
      sortFn: "text",
    }),
    column.accessor((row) => `${row.province} · ${row.city}`, {
      id: "city",
      header: t("centers.col.city"),
      sortFn: "text",
    }),
    column.accessor("cityTier", {
      header: t("centers.col.tier"),
      cell: (info) => t("centers.tier", { tier: info.getValue() }),
    }),
    column.accessor((row) => row.partnerName ?? "—", {
      id: "partner",
      header: t("centers.col.partner"),
      sortFn: "text",
    }),
    column.accessor("status", {
      header: t("centers.col.status"),
      cell: (info) => <StatusBadge status={info.getValue()} />,
    }),
    column.accessor("failureStreak", { header: t("centers.col.streak") }),
    ...(onEdit
      ? [
          column.display({
            id: "edit",
            header: "",
            cell: (info) => (
              <button
                type="button"
                onClick={() => onEdit(info.row.original)}
                className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100"
                aria-label={`${t("admin.edit")} ${info.row.original.code}`}
              >
                {t("admin.edit")}
              </button>
            ),
          }),
        ]
      : []),
  ]);
  const table = useTable({
    features: sortableFeatures,
    columns,
    data: centers,
    initialState: { sorting: [{ id: "code", desc: false }] },
  });

  return (
    <SortableTable
      table={table}
      testId="centers-table"
      phoneHidden={PHONE_HIDDEN}
      breakableColumns={BREAKABLE}
      rowAttributes={(c) => ({ "data-center-code": c.code })}
    />
  );
}
