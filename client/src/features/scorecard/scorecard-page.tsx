// The regional manager's landing screen (headquarters sees every region and can pick one): the
// scorecard of a period, filterable and sortable, with columns to hide, a CSV export of what is
// visible, and the four charts.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { CENTER_STATUSES } from "../../../../shared/domain/center-status.ts";
import { EVALUATION_RESULTS } from "../../../../shared/domain/scoring.ts";
import { CENTER_KINDS } from "../../../../shared/schemas/centers.ts";
import { OptionSelect, regionOptions } from "../../components/ui/option-select.tsx";
import { useTRPC } from "../../lib/trpc.ts";
import { downloadCsv, scorecardCsv } from "./export-scorecard.ts";
import { ScorecardCharts } from "./scorecard-charts.tsx";
import { scorecardColumns } from "./scorecard-columns.tsx";
import { filterRows, NO_FILTERS, type ScorecardFilters, type ScorecardRow } from "./scorecard-filters.ts";
import { ScorecardTableView, useScorecardTable } from "./scorecard-table.tsx";
import { QueryState } from "../../components/ui/query-state.tsx";
import { useLocalizedName } from "../../lib/localized-name.ts";

/**
 * What a laptop's width (1366) cannot also show: the columns a manager reads less often, one click
 * away under "Columns" (and on each center's page).
 */
const HIDDEN_AT_FIRST: Record<string, boolean> = {
  tier: true,
  kind: true,
  visits: true,
  callbacks: true,
  spotChecks: true,
  grade: true,
  upheldComplaints: true,
  complaintsPer1000: true,
};

export function ScorecardPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useQuery(trpc.session.me.queryOptions());
  const periods = useQuery(trpc.periods.list.queryOptions());
  const regions = useQuery(trpc.session.regions.queryOptions());
  const [periodKey, setPeriodKey] = useState<string | undefined>();
  const [regionId, setRegionId] = useState<number | undefined>();
  const [filters, setFilters] = useState<ScorecardFilters>(NO_FILTERS);
  const [hidden, setHidden] = useState<Record<string, boolean>>(HIDDEN_AT_FIRST);
  const card = useQuery({
    ...trpc.scorecards.get.queryOptions({ periodKey, regionId }),
    placeholderData: keepPreviousData,
  });
  const passRates = useQuery(trpc.scorecards.passRateTrend.queryOptions({ regionId }));
  const threshold = card.data?.thresholdHundredths ?? 8000;
  const columns = useMemo(() => scorecardColumns(t, threshold), [t, threshold]);
  const visibleRows = useMemo(
    () => (card.data ? filterRows(card.data.rows, filters, threshold) : []),
    [card.data, filters, threshold],
  );
  const visibility = Object.fromEntries(columns.map((c) => [c.id, !hidden[c.id]]));
  const table = useScorecardTable(visibleRows, columns, visibility);
  const numeric = useMemo(() => new Set(columns.filter((c) => c.numeric).map((c) => c.id)), [columns]);
  const localized = useLocalizedName();
  const hq = me.data?.role === "HQ_ADMIN";
  const set = <K extends keyof ScorecardFilters>(key: K, value: ScorecardFilters[K]) =>
    setFilters((f) => ({ ...f, [key]: value }));

  function exportVisible() {
    const shown = columns.filter((c) => !hidden[c.id]);
    const sorted = table.getRowModel().rows.map((r) => r.original);
    downloadCsv(`scorecard-${card.data?.periodKey ?? "period"}.csv`, scorecardCsv(sorted, shown));
  }

  return (
    <section aria-labelledby="scorecard-title" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 id="scorecard-title" className="text-2xl font-semibold">
            {t("scorecard.title")}
          </h1>
          {card.data && (
            <p className="text-sm text-slate-500" data-testid="scorecard-summary">
              {card.data.provisional
                ? t("scorecard.provisional", { period: card.data.periodKey })
                : t("scorecard.closed", { period: card.data.periodKey, version: card.data.policyVersion })}{" "}
              · {t("scorecard.shown", { shown: visibleRows.length, total: card.data.rows.length })}
            </p>
          )}
          {card.data && card.data.rows.length > 0 && <Headline rows={card.data.rows} />}
        </div>
        <div className="flex flex-wrap gap-2 text-sm">
          <OptionSelect
            label={t("scorecard.period")}
            value={periodKey ?? card.data?.periodKey ?? ""}
            onChange={setPeriodKey}
            options={(periods.data?.periods ?? []).map((p) => ({
              value: p.key,
              label: `${p.key} · ${p.status === "CLOSED" ? t("scorecard.periodClosed") : t("scorecard.periodOpen")}`,
            }))}
          />
          {hq && (
            <OptionSelect
              label={t("centers.col.region")}
              value={regionId === undefined ? "" : String(regionId)}
              onChange={(value) => setRegionId(value ? Number(value) : undefined)}
              allLabel={t("centers.allRegions")}
              options={regionOptions(regions.data, localized)}
            />
          )}
          <button
            type="button"
            onClick={exportVisible}
            disabled={!card.data}
            className="rounded border border-indigo-600 px-3 py-1.5 font-medium text-indigo-700"
          >
            {t("scorecard.export")}
          </button>
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={t("scorecard.filters")}>
        <input
          type="search"
          aria-label={t("centers.search")}
          placeholder={t("centers.search")}
          value={filters.text}
          onChange={(e) => set("text", e.target.value)}
          className="w-56 rounded border border-slate-300 px-3 py-1.5"
        />
        <OptionSelect
          label={t("scorecard.col.kind")}
          value={filters.kind}
          onChange={(value) => set("kind", value as ScorecardFilters["kind"])}
          allLabel={t("centers.allKinds")}
          options={CENTER_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <OptionSelect
          label={t("scorecard.col.tier")}
          value={filters.tier}
          onChange={(value) => set("tier", value as ScorecardFilters["tier"])}
          allLabel={t("scorecard.allTiers")}
          options={(["1", "2", "3", "4", "5"] as const).map((tier) => ({
            value: tier,
            label: t("centers.tier", { tier }),
          }))}
        />
        <OptionSelect
          label={t("scorecard.col.status")}
          value={filters.status}
          onChange={(value) => set("status", value as ScorecardFilters["status"])}
          allLabel={t("scorecard.allStatuses")}
          options={CENTER_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        />
        <OptionSelect
          label={t("scorecard.col.result")}
          value={filters.result}
          onChange={(value) => set("result", value as ScorecardFilters["result"])}
          allLabel={t("scorecard.allResults")}
          options={EVALUATION_RESULTS.map((result) => ({ value: result, label: t(`result.${result}`) }))}
        />
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={filters.belowThreshold}
            onChange={(e) => set("belowThreshold", e.target.checked)}
          />
          {t("scorecard.below", { threshold: threshold / 100 })}
        </label>
        <label className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={filters.withUpheldComplaints}
            onChange={(e) => {
              set("withUpheldComplaints", e.target.checked);
              // The filter is about those columns: show them with it.
              if (e.target.checked) setHidden((h) => ({ ...h, upheldComplaints: false, complaintsPer1000: false }));
            }}
          />
          {t("scorecard.withUpheldComplaints")}
        </label>
        <details className="relative">
          <summary className="cursor-pointer rounded border border-slate-300 bg-white px-2 py-1.5">
            {t("scorecard.columns")}
          </summary>
          <div className="absolute right-0 z-10 mt-1 grid w-56 gap-1 rounded border border-slate-200 bg-white p-2 shadow">
            {columns.map((c) => (
              <label key={c.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={!hidden[c.id]}
                  onChange={(e) => setHidden((h) => ({ ...h, [c.id]: !e.target.checked }))}
                />
                {c.header}
              </label>
            ))}
          </div>
        </details>
      </div>

      <QueryState query={card} />
      {card.data && card.data.rows.length === 0 && (
        <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">{t("scorecard.empty")}</p>
      )}
      {card.data && card.data.rows.length > 0 && visibleRows.length === 0 && (
        <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">{t("scorecard.noMatch")}</p>
      )}
      {visibleRows.length > 0 && <ScorecardTableView table={table} numericColumns={numeric} />}
      {card.data && card.data.rows.length > 0 && (
        <ScorecardCharts
          rows={visibleRows}
          passRates={passRates.data ?? []}
          byRegion={hq && regionId === undefined}
          regions={regions.data ?? []}
          thresholdHundredths={threshold}
        />
      )}
    </section>
  );
}

/** The period at a glance, over every center in scope: failing, pass rate, under corrective action. */
function Headline({ rows }: { rows: readonly ScorecardRow[] }) {
  const { t, i18n } = useTranslation();
  const failing = rows.filter((r) => r.result === "FAIL").length;
  const evaluated = rows.filter((r) => r.result === "PASS" || r.result === "FAIL").length;
  const corrective = rows.filter((r) => r.openCorrectiveActions > 0).length;
  const percent = new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 1 });
  return (
    <p className="text-sm font-medium text-slate-700" data-testid="scorecard-headline">
      {evaluated === 0
        ? t("scorecard.headlineNoPassRate", { failing, corrective })
        : t("scorecard.headline", { failing, corrective, passRate: percent.format((evaluated - failing) / evaluated) })}
    </p>
  );
}
