// Headquarters' view of the desk: how often the 24-hour rule was kept (MET ÷ all due) per week and
// per month against the target, by region and by channel, and the latest breaches. Loaded on demand
// (it brings the charts library).
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { TDeskDashboardInput } from "../../../../shared/schemas/complaints.ts";
import { OptionSelect, regionOptions } from "../../components/ui/option-select.tsx";
import { QueryState } from "../../components/ui/query-state.tsx";
import { ChartFigure } from "../../components/ui/chart-figure.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { useLocalizedName } from "../../lib/localized-name.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { formatInZone } from "../../lib/zoned-time.ts";
import { channelOptions } from "./complaint-words.ts";

type Dashboard = RouterOutputs["complaints"]["dashboard"];
type Bucket = Dashboard["weeks"][number];

const percent = (bucket: Bucket) => (bucket.adherence === null ? null : Math.round(bucket.adherence * 1000) / 10);

export function DeskDashboardPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const localized = useLocalizedName();
  const regions = useQuery(trpc.session.regions.queryOptions());
  const [filters, setFilters] = useState<TDeskDashboardInput>({});
  const dashboard = useQuery(trpc.complaints.dashboard.queryOptions(filters));
  const d = dashboard.data;
  return (
    <section aria-labelledby="desk-dashboard-title" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 id="desk-dashboard-title" className="text-2xl font-semibold">
          {t("complaints.dashboard.title")}
        </h1>
        <div className="flex flex-wrap gap-2 text-sm">
          <OptionSelect
            label={t("complaints.filter.region")}
            allLabel={t("centers.allRegions")}
            value={filters.regionId ? String(filters.regionId) : ""}
            onChange={(v) => setFilters({ ...filters, regionId: v ? Number(v) : undefined })}
            options={regionOptions(regions.data, localized)}
          />
          <OptionSelect
            label={t("complaints.col.channel")}
            allLabel={t("complaints.filter.allChannels")}
            value={filters.channel ?? ""}
            onChange={(v) => setFilters({ ...filters, channel: (v || undefined) as TDeskDashboardInput["channel"] })}
            options={channelOptions(t)}
          />
        </div>
      </div>
      <QueryState query={dashboard} />
      {d && (
        <>
          <p className="text-sm text-slate-600">
            {t("complaints.dashboard.explain", { target: Math.round(d.target * 100) })}
          </p>
          <div className="grid gap-4 xl:grid-cols-2" data-testid="desk-charts">
            <AdherenceChart title={t("complaints.dashboard.weekly")} data={d.weeks} target={d.target} />
            <AdherenceChart title={t("complaints.dashboard.monthly")} data={d.months} target={d.target} />
            <AdherenceBars
              title={t("complaints.dashboard.byRegion")}
              data={d.byRegion.map((b) => ({ ...b, label: b.region ? localized(b.region) : b.bucket }))}
              target={d.target}
            />
            <AdherenceBars
              title={t("complaints.dashboard.byChannel")}
              data={d.byChannel.map((b) => ({ ...b, label: t(`complaints.channel.${b.channel}`) }))}
              target={d.target}
            />
          </div>
          <Breaches dashboard={d} />
        </>
      )}
    </section>
  );
}

function TargetLine({ target }: { target: number }) {
  return (
    <ReferenceLine
      y={target * 100}
      stroke="#dc2626"
      strokeDasharray="4 3"
      label={{ value: `${Math.round(target * 100)}%`, position: "right", fontSize: 11 }}
    />
  );
}

function AdherenceChart(props: { title: string; data: Bucket[]; target: number }) {
  const { t } = useTranslation();
  const data = props.data.map((b) => ({ bucket: b.bucket, adherence: percent(b), due: b.due }));
  return (
    <ChartFigure title={props.title}>
      <LineChart data={data}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="bucket" fontSize={10} />
        <YAxis domain={[0, 100]} fontSize={11} unit="%" />
        <Tooltip />
        <TargetLine target={props.target} />
        <Line
          isAnimationActive={false}
          dataKey="adherence"
          name={t("complaints.dashboard.adherence")}
          stroke="#4f46e5"
          connectNulls
        />
      </LineChart>
    </ChartFigure>
  );
}

function AdherenceBars(props: { title: string; data: (Bucket & { label: string })[]; target: number }) {
  const { t } = useTranslation();
  const data = props.data.map((b) => ({ label: b.label, adherence: percent(b) }));
  return (
    <ChartFigure title={props.title}>
      <BarChart data={data}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" fontSize={10} />
        <YAxis domain={[0, 100]} fontSize={11} unit="%" />
        <Tooltip />
        <TargetLine target={props.target} />
        <Bar isAnimationActive={false} dataKey="adherence" name={t("complaints.dashboard.adherence")} fill="#6366f1" />
      </BarChart>
    </ChartFigure>
  );
}

function Breaches({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  return (
    <div className="space-y-2">
      <h2 className="text-lg font-semibold">{t("complaints.dashboard.breaches")}</h2>
      {dashboard.breaches.length === 0 && (
        <p className="text-sm text-slate-600">{t("complaints.dashboard.noBreaches")}</p>
      )}
      <ul
        className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm"
        data-testid="breaches"
      >
        {dashboard.breaches.map((b) => (
          <li key={`${b.complaint.id}-${b.cycle}`} className="flex flex-wrap gap-x-3 gap-y-1 px-3 py-2">
            <Link
              to="/complaints/$complaintId"
              params={{ complaintId: String(b.complaint.id) }}
              className="font-medium text-indigo-700 underline"
            >
              #{b.complaint.id}
            </Link>
            <span>
              {b.complaint.center.code} · {b.complaint.center.name}
            </span>
            <span>{t(`complaints.channel.${b.complaint.channel}`)}</span>
            <span className="text-slate-600">
              {t("complaints.dashboard.dueWas", { at: formatInZone(b.dueAt, dashboard.timeZone) })}
              {" · "}
              {b.intervenedAt
                ? t("complaints.dashboard.lateAt", { at: formatInZone(b.intervenedAt, dashboard.timeZone) })
                : t("complaints.dashboard.notYet")}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
