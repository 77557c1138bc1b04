// Corrective actions of the manager's regions, overdue first: open one, record the center's
// rectification with its evidence, then verify it or reject it with a comment.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { createColumnHelper, useTable } from "@tanstack/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatHundredths } from "../../../../shared/domain/checklist-score.ts";
import { CORRECTIVE_ACTION_FILTERS } from "../../../../shared/schemas/corrective-actions.ts";
import { type SortableFeatures, SortableTable, sortableFeatures } from "../../components/ui/sortable-table.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { formatDateInZone, useNetworkTimeZone } from "../../lib/zoned-time.ts";
import { ActionPanel } from "./action-panel.tsx";
import { QueryState } from "../../components/ui/query-state.tsx";

export type Action = RouterOutputs["correctiveActions"]["list"][number];
type Filter = (typeof CORRECTIVE_ACTION_FILTERS)[number];
const column = createColumnHelper<SortableFeatures, Action>();

export function CorrectiveActionsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [status, setStatus] = useState<Filter | undefined>();
  // The opened action is kept here, so it stays open after it leaves the filtered list.
  const [opened, setOpened] = useState<Action | null>(null);
  const list = useQuery({ ...trpc.correctiveActions.list.queryOptions({ status }), placeholderData: keepPreviousData });
  const zone = useNetworkTimeZone();
  const table = useTable({
    features: sortableFeatures,
    data: list.data ?? [],
    columns: column.columns([
      column.accessor((a) => a.center.code, {
        id: "center",
        header: t("correctiveActions.col.center"),
        cell: (i) => `${i.getValue()} · ${i.row.original.center.name}`,
      }),
      column.accessor((a) => a.evaluation.periodKey, { id: "period", header: t("correctiveActions.col.period") }),
      column.accessor((a) => a.evaluation.composite ?? "", {
        id: "composite",
        header: t("correctiveActions.col.composite"),
        cell: (i) =>
          i.row.original.evaluation.composite === null
            ? "—"
            : formatHundredths(Math.round(Number(i.row.original.evaluation.composite) * 100)),
      }),
      column.accessor((a) => new Date(a.dueAt).getTime(), {
        id: "due",
        header: t("correctiveActions.col.due"),
        cell: (i) => formatDateInZone(i.row.original.dueAt, zone),
      }),
      column.accessor("displayStatus", {
        header: t("correctiveActions.col.status"),
        cell: (i) => (
          <span
            data-action-status={i.getValue()}
            className={i.getValue() === "OVERDUE" ? "font-medium text-red-700" : ""}
          >
            {t(`correctiveActions.statusLabel.${i.getValue()}`)}
          </span>
        ),
      }),
      column.display({
        id: "open",
        header: "",
        cell: (i) => (
          <button type="button" className="text-indigo-700 underline" onClick={() => setOpened(i.row.original)}>
            {t("correctiveActions.open")}
          </button>
        ),
      }),
    ]),
  });

  return (
    <section aria-labelledby="ca-title" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 id="ca-title" className="text-2xl font-semibold">
          {t("correctiveActions.title")}
        </h1>
        <select
          aria-label={t("correctiveActions.col.status")}
          value={status ?? ""}
          onChange={(e) => setStatus((e.target.value || undefined) as Filter | undefined)}
          className="rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
        >
          <option value="">{t("correctiveActions.allStatuses")}</option>
          {CORRECTIVE_ACTION_FILTERS.map((s) => (
            <option key={s} value={s}>
              {t(`correctiveActions.statusLabel.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <QueryState query={list} />
      {list.data?.length === 0 && (
        <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">
          {t("correctiveActions.empty")}
        </p>
      )}
      {list.data && list.data.length > 0 && (
        <SortableTable table={table} testId="corrective-actions" rowAttributes={(a) => ({ "data-action-id": a.id })} />
      )}
      {opened && (
        <ActionPanel
          key={opened.id}
          action={opened}
          zone={zone}
          onChanged={setOpened}
          onClose={() => setOpened(null)}
        />
      )}
    </section>
  );
}
