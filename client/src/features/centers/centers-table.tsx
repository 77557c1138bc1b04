import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_text,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { useTranslation } from "react-i18next";
import type { CenterSummary } from "../../../../server/services/centers/center-summary.ts";
import { StatusBadge } from "./status-badge.tsx";

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
});

const column = createColumnHelper<typeof features, CenterSummary>();

export function CentersTable({ centers }: { centers: CenterSummary[] }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === "zh-CN";
  const columns = column.columns([
    column.accessor("code", { header: t("centers.col.code"), sortFn: "alphanumeric" }),
    column.accessor("name", { header: t("centers.col.name"), sortFn: "text" }),
    column.accessor("kind", { header: t("centers.col.kind"), cell: (info) => t(`kind.${info.getValue()}`) }),
    column.accessor((row) => (zh ? row.region.nameZh : row.region.nameEn), {
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
  ]);
  const table = useTable({
    features,
    columns,
    data: centers,
    initialState: { sorting: [{ id: "code", desc: false }] },
  });

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="centers-table">
        <thead className="bg-slate-50 text-left text-slate-600">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
                    className="px-3 py-2 font-medium whitespace-nowrap"
                  >
                    <button
                      type="button"
                      onClick={header.column.getToggleSortingHandler()}
                      className="hover:text-indigo-700"
                    >
                      <table.FlexRender header={header} />
                      {sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : ""}
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50" data-center-code={row.original.code}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className="px-3 py-2 whitespace-nowrap">
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
