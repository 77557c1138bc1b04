// The complaints desk (DOMAIN-2.md, Complaints): the open complaints, the ones still waiting for an
// intervention first and the least time left first, with live countdowns; the at-risk and breached
// counts on top; filters by clock, channel, category and region; recording a complaint by hand.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { createColumnHelper, useTable } from "@tanstack/react-table";
import { useDeferredValue, useState } from "react";
import { useTranslation } from "react-i18next";
import { CLOCK_STATES, type ClockState, INTERVENTION_HOURS } from "../../../../shared/domain/complaint-clock.ts";
import { CHANNEL_REF_MAX_LENGTH, type TListComplaintsInput } from "../../../../shared/schemas/complaints.ts";
import { CenterPicker } from "../../components/ui/center-picker.tsx";
import { FILTER_SELECT_CLASS, OptionSelect, regionOptions } from "../../components/ui/option-select.tsx";
import { QueryState } from "../../components/ui/query-state.tsx";
import { type SortableFeatures, SortableTable, sortableFeatures } from "../../components/ui/sortable-table.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { useLocalizedName } from "../../lib/localized-name.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { formatInZone, useNetworkTimeZone } from "../../lib/zoned-time.ts";
import { ClockBadge } from "./clock-badge.tsx";
import { categoryOptions, channelOptions } from "./complaint-words.ts";
import { RecordComplaintDialog } from "./record-complaint-dialog.tsx";

type Row = RouterOutputs["complaints"]["list"]["rows"][number];
type Filters = Omit<TListComplaintsInput, "page">;
const column = createColumnHelper<SortableFeatures, Row>();

export function DeskPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const zone = useNetworkTimeZone();
  const localized = useLocalizedName();
  const me = useQuery(trpc.session.me.queryOptions());
  const regions = useQuery(trpc.session.regions.queryOptions());
  const [filters, setFilters] = useState<Filters>({ scope: "OPEN" });
  const [reference, setReference] = useState("");
  const deferredReference = useDeferredValue(reference.trim());
  const [page, setPage] = useState(1);
  const [recording, setRecording] = useState(false);
  const list = useQuery({
    ...trpc.complaints.list.queryOptions({ ...filters, reference: deferredReference || undefined, page }),
    placeholderData: keepPreviousData,
    // The queue moves by itself (new complaints, other handlers): fresh every minute.
    refetchInterval: 60_000,
  });
  const canRecord = me.data?.role === "COMPLAINT_HANDLER" || me.data?.role === "HQ_ADMIN";
  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((current) => ({ ...current, [key]: value }));
    setPage(1);
  };

  const table = useTable({
    features: sortableFeatures,
    data: list.data?.rows ?? [],
    columns: column.columns([
      column.accessor("id", {
        header: t("complaints.col.complaint"),
        cell: (i) => (
          <Link
            to="/complaints/$complaintId"
            params={{ complaintId: String(i.getValue()) }}
            className="font-medium text-indigo-700 underline"
          >
            #{i.getValue()}
          </Link>
        ),
      }),
      column.accessor((c) => Date.parse(c.clock.dueAt), {
        id: "clock",
        header: t("complaints.col.clock"),
        cell: (i) => <ClockBadge clock={i.row.original.clock} hours={INTERVENTION_HOURS} />,
      }),
      column.accessor((c) => c.center.code, {
        id: "center",
        header: t("complaints.col.center"),
        cell: (i) => (
          <>
            <span className="whitespace-nowrap">{i.getValue()}</span>
            <span className="block text-xs text-slate-600 md:inline md:text-sm md:text-inherit">
              <span className="hidden md:inline"> · </span>
              {i.row.original.center.name}
            </span>
          </>
        ),
      }),
      column.accessor("category", {
        header: t("complaints.col.category"),
        cell: (i) => t(`complaints.category.${i.getValue()}`),
      }),
      column.accessor("channel", {
        header: t("complaints.col.channel"),
        cell: (i) => t(`complaints.channel.${i.getValue()}`),
      }),
      column.accessor("status", {
        header: t("complaints.col.status"),
        cell: (i) => t(`complaints.status.${i.getValue()}`),
      }),
      column.accessor((c) => Date.parse(c.receivedAt), {
        id: "received",
        header: t("complaints.col.received"),
        // With the channel's reference (a hotline ticket): what the customer quotes when calling back.
        cell: (i) => (
          <>
            {formatInZone(i.row.original.receivedAt, zone)}
            <span className="block text-xs text-slate-600" data-channel-ref>
              {i.row.original.channelRef}
            </span>
          </>
        ),
      }),
      column.accessor((c) => c.handler?.name ?? "", { id: "handler", header: t("complaints.col.handler") }),
    ]),
  });

  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  return (
    <section aria-labelledby="desk-title" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 id="desk-title" className="text-2xl font-semibold">
          {t("complaints.title")}
        </h1>
        {canRecord && (
          <button
            type="button"
            onClick={() => setRecording(true)}
            className="min-h-11 rounded bg-indigo-600 px-4 font-medium text-white"
          >
            {t("complaints.record")}
          </button>
        )}
      </div>
      {data && (
        <div className="grid grid-cols-3 gap-3 text-sm sm:max-w-xl" data-testid="desk-counts">
          <Count
            label={t("complaints.clock.BREACHED")}
            value={data.open.breached}
            tone="text-red-700"
            onClick={() => setFilter("clock", "BREACHED")}
          />
          <Count
            label={t("complaints.clock.AT_RISK")}
            value={data.open.atRisk}
            tone="text-amber-700"
            onClick={() => setFilter("clock", "AT_RISK")}
          />
          <Count
            label={t("complaints.clock.RUNNING")}
            value={data.open.running}
            tone="text-slate-800"
            onClick={() => setFilter("clock", "RUNNING")}
          />
        </div>
      )}
      <div className="flex flex-wrap gap-2 text-sm">
        <OptionSelect
          label={t("complaints.filter.scope")}
          value={filters.scope}
          onChange={(v) => setFilter("scope", v as Filters["scope"])}
          options={(["OPEN", "RESOLVED", "ALL"] as const).map((s) => ({ value: s, label: t(`complaints.scope.${s}`) }))}
        />
        <OptionSelect
          label={t("complaints.col.clock")}
          allLabel={t("complaints.filter.allClocks")}
          value={filters.clock ?? ""}
          onChange={(v) => setFilter("clock", (v || undefined) as ClockState | undefined)}
          options={CLOCK_STATES.map((s) => ({ value: s, label: t(`complaints.clock.${s}`) }))}
        />
        <OptionSelect
          label={t("complaints.col.channel")}
          allLabel={t("complaints.filter.allChannels")}
          value={filters.channel ?? ""}
          onChange={(v) => setFilter("channel", (v || undefined) as Filters["channel"])}
          options={channelOptions(t)}
        />
        <OptionSelect
          label={t("complaints.col.category")}
          allLabel={t("complaints.filter.allCategories")}
          value={filters.category ?? ""}
          onChange={(v) => setFilter("category", (v || undefined) as Filters["category"])}
          options={categoryOptions(t)}
        />
        <OptionSelect
          label={t("complaints.filter.region")}
          allLabel={t("centers.allRegions")}
          value={filters.regionId ? String(filters.regionId) : ""}
          onChange={(v) => setFilter("regionId", v ? Number(v) : undefined)}
          options={regionOptions(regions.data, localized)}
        />
        {/* Full width on a phone: the drop-down's long names must not push the page sideways. */}
        <div className="w-full min-w-0 lg:w-auto">
          <CenterPicker
            id="desk-center"
            label={t("complaints.col.center")}
            value={filters.centerId}
            onChange={(centerId) => setFilter("centerId", centerId)}
          />
        </div>
        <input
          type="search"
          value={reference}
          onChange={(event) => {
            setReference(event.target.value);
            setPage(1);
          }}
          maxLength={CHANNEL_REF_MAX_LENGTH}
          placeholder={t("complaints.filter.reference")}
          aria-label={t("complaints.filter.reference")}
          className={FILTER_SELECT_CLASS}
        />
      </div>
      <QueryState query={list} />
      {data?.rows.length === 0 && (
        <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">{t("complaints.empty")}</p>
      )}
      {data && data.rows.length > 0 && (
        <>
          <SortableTable
            table={table}
            testId="complaints-table"
            rowAttributes={(c) => ({ "data-complaint-id": c.id, "data-clock": c.clock.state })}
            breakableColumns={new Set(["center"])}
            phoneHidden={new Set(["channel", "status", "received", "handler"])}
          />
          <div className="flex items-center justify-between text-sm text-slate-600">
            <span>
              {t("complaints.range", {
                from: (page - 1) * data.pageSize + 1,
                to: (page - 1) * data.pageSize + data.rows.length,
                total: data.total,
              })}
            </span>
            <span className="flex gap-2">
              <button
                type="button"
                disabled={page <= 1}
                onClick={() => setPage(page - 1)}
                className="rounded border border-slate-300 px-3 py-1.5 disabled:opacity-40"
              >
                {t("complaints.previous")}
              </button>
              <button
                type="button"
                disabled={page >= pages}
                onClick={() => setPage(page + 1)}
                className="rounded border border-slate-300 px-3 py-1.5 disabled:opacity-40"
              >
                {t("complaints.next")}
              </button>
            </span>
          </div>
        </>
      )}
      {recording && <RecordComplaintDialog onClose={() => setRecording(false)} />}
    </section>
  );
}

function Count(props: { label: string; value: number; tone: string; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={props.onClick}
      className="rounded-lg border border-slate-200 bg-white p-3 text-left hover:bg-slate-50"
    >
      <span className="block text-xs text-slate-600">{props.label}</span>
      <span className={`block text-2xl font-semibold ${props.tone}`}>{props.value}</span>
    </button>
  );
}
