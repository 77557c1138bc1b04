// One center as a manager (or headquarters) reads it: identity, status, the composite over time
// with the threshold, every evaluation with its explanation, reports (void from here), corrective
// actions and revocation cases. An auditor sees the identity only.
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { can } from "../../../../shared/domain/roles.ts";
import { formatHundredths } from "../../../../shared/domain/checklist-score.ts";
import { StatusBadge } from "../../components/ui/status-badge.tsx";
import { VoidReportDialog } from "../../components/void-report-dialog.tsx";
import { useTRPC } from "../../lib/trpc.ts";
import { formatDateInZone, formatInZone, useNetworkTimeZone } from "../../lib/zoned-time.ts";
import { ExplainView } from "../../components/explain-view.tsx";
import { periodKeyOf } from "../../../../shared/domain/periods.ts";
import { refusalOf } from "../../lib/server-errors.ts";
import { useLocalizedName } from "../../lib/localized-name.ts";
import { CenterComplaintsAndPenalties } from "./center-complaints-penalties.tsx";

/** The route's component: /centers/$centerId, loaded on first use (it brings the charts library). */
export function CenterRoutePage() {
  const { centerId } = useParams({ strict: false });
  return <CenterPage key={centerId} centerId={Number(centerId)} />;
}

export function CenterPage({ centerId }: { centerId: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useQuery(trpc.session.me.queryOptions());
  const center = useQuery({ ...trpc.centers.byId.queryOptions({ centerId }), retry: false });
  const manager = me.data ? can(me.data.role, "scorecards.read") : false;
  const history = useQuery({
    ...trpc.centers.history.queryOptions({ centerId }),
    enabled: manager && center.isSuccess,
  });
  const reports = useQuery({ ...trpc.reports.list.queryOptions({ centerId }), enabled: manager && center.isSuccess });
  const actions = useQuery({
    ...trpc.correctiveActions.list.queryOptions({ centerId }),
    enabled: manager && center.isSuccess,
  });
  const policy = useQuery(trpc.policy.current.queryOptions());
  const [explained, setExplained] = useState<string | null>(null);
  const [voiding, setVoiding] = useState<number | null>(null);
  const zone = useNetworkTimeZone();
  const livePeriod = periodKeyOf(new Date(), zone);
  const localized = useLocalizedName();

  if (center.isPending) return <p role="status">{t("loading")}</p>;
  if (center.isError)
    return (
      <div role="alert" className="space-y-2" data-testid="center-not-found">
        <p className="text-red-700">
          {center.error.data?.code === "NOT_FOUND"
            ? t("centerPage.notFound")
            : t("loadFailed", { message: refusalOf(center.error).message })}
        </p>
        <Link to="/centers" className="text-indigo-700 underline">
          {t("centers.title")}
        </Link>
      </div>
    );
  const c = center.data;
  const evaluations = history.data?.evaluations ?? [];
  const chart = evaluations.map((e) => ({
    period: e.periodKey,
    composite: e.composite === null ? null : e.composite / 100,
  }));
  const threshold = (evaluations.at(-1)?.thresholdHundredths ?? policy.data?.policy.thresholdHundredths ?? 8000) / 100;

  return (
    <section aria-labelledby="center-title" className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="center-title" className="text-2xl font-semibold">
          {c.code} · {c.name} <StatusBadge status={c.status} />
        </h1>
        {manager && (
          <Link to="/scorecard" className="text-sm text-indigo-700 underline">
            {t("centerPage.back")}
          </Link>
        )}
      </div>
      <dl className="grid gap-x-6 gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2 lg:grid-cols-3">
        <Fact label={t("centers.col.kind")} value={t(`kind.${c.kind}`)} />
        <Fact label={t("centerPage.authorizationNo")} value={c.authorizationNo ?? "—"} />
        <Fact label={t("centerPage.partner")} value={c.partnerName ?? "—"} />
        {c.grade && <Fact label={t("centerPage.grade")} value={t("centerPage.gradeValue", { grade: c.grade })} />}
        <Fact label={t("centers.col.region")} value={localized(c.region)} />
        <Fact label={t("centerPage.address")} value={`${c.province} · ${c.city} · ${c.address}`} />
        <Fact label={t("centerPage.streak")} value={String(c.failureStreak)} />
      </dl>

      <CenterComplaintsAndPenalties centerId={c.id} />
      {manager && (
        <>
          <figure className="rounded-lg border border-slate-200 bg-white p-3">
            <figcaption className="mb-2 text-sm font-medium">{t("centerPage.compositeOverTime")}</figcaption>
            <div className="h-56">
              <ResponsiveContainer width="100%" height="100%">
                <LineChart data={chart}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="period" fontSize={11} />
                  <YAxis domain={[0, 100]} fontSize={11} />
                  <Tooltip />
                  <ReferenceLine
                    y={threshold}
                    stroke="#dc2626"
                    strokeDasharray="4 3"
                    label={{ value: String(threshold), position: "right", fontSize: 11 }}
                  />
                  <Line
                    isAnimationActive={false}
                    dataKey="composite"
                    name={t("scorecard.col.composite")}
                    stroke="#4f46e5"
                    strokeWidth={2}
                    connectNulls
                  />
                </LineChart>
              </ResponsiveContainer>
            </div>
          </figure>

          <div>
            <h2 className="mb-2 text-lg font-semibold">{t("centerPage.evaluations")}</h2>
            {evaluations.length === 0 && <p className="text-sm text-slate-600">{t("centerPage.noEvaluations")}</p>}
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
              {/* The month under way is scored live: it can be explained as well as a closed one. */}
              {!evaluations.some((e) => e.periodKey === livePeriod) && (
                <li className="space-y-2 px-3 py-2" data-evaluation={livePeriod}>
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span>
                      <span className="font-medium">{livePeriod}</span> · {t("centerPage.live")}
                    </span>
                    <button
                      type="button"
                      aria-expanded={explained === livePeriod}
                      onClick={() => setExplained(explained === livePeriod ? null : livePeriod)}
                      className="text-indigo-700 underline"
                    >
                      {explained === livePeriod ? t("centerPage.hide") : t("centerPage.explain")}
                    </button>
                  </div>
                  {explained === livePeriod && <ExplainView centerId={c.id} periodKey={livePeriod} />}
                </li>
              )}
              {[...evaluations].reverse().map((e) => (
                <li key={e.periodKey} className="space-y-2 px-3 py-2" data-evaluation={e.periodKey}>
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span>
                      <span className="font-medium">{e.periodKey}</span> ·{" "}
                      {e.composite === null ? "—" : formatHundredths(e.composite)} ·{" "}
                      <span data-result={e.result}>{t(`result.${e.result as "PASS"}`)}</span> ·{" "}
                      {t("scorecard.col.streak")} {e.streakAfter}
                    </span>
                    <button
                      type="button"
                      aria-expanded={explained === e.periodKey}
                      onClick={() => setExplained(explained === e.periodKey ? null : e.periodKey)}
                      className="text-indigo-700 underline"
                    >
                      {explained === e.periodKey ? t("centerPage.hide") : t("centerPage.explain")}
                    </button>
                  </div>
                  {explained === e.periodKey && <ExplainView centerId={c.id} periodKey={e.periodKey} />}
                </li>
              ))}
            </ul>
          </div>

          <div className="grid gap-4 lg:grid-cols-2">
            <div>
              <h2 className="mb-2 text-lg font-semibold">{t("centerPage.correctiveActions")}</h2>
              <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
                {(actions.data ?? []).map((a) => (
                  <li key={a.id} className="flex justify-between px-3 py-2">
                    <span>
                      #{a.id} · {a.evaluation.periodKey} · {t(`correctiveActions.statusLabel.${a.displayStatus}`)}
                    </span>
                    <span className="text-slate-500">{formatDateInZone(a.dueAt, zone)}</span>
                  </li>
                ))}
                {actions.data?.length === 0 && <li className="px-3 py-2 text-slate-500">{t("centerPage.noCases")}</li>}
              </ul>
            </div>
            <div>
              <h2 className="mb-2 text-lg font-semibold">{t("centerPage.cases")}</h2>
              <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
                {(history.data?.proposals ?? []).map((p) => (
                  <li key={`p${p.id}`} className="px-3 py-2">
                    #{p.id} · {p.raisedPeriodKey} · {p.status}
                    {p.decisionReason && <span className="text-slate-500"> — {p.decisionReason}</span>}
                  </li>
                ))}
                {(history.data?.escalations ?? []).map((e) => (
                  <li key={`e${e.id}`} className="px-3 py-2">
                    #{e.id} · {e.raisedPeriodKey} · {e.status}
                  </li>
                ))}
                {history.data && history.data.proposals.length + history.data.escalations.length === 0 && (
                  <li className="px-3 py-2 text-slate-500">{t("centerPage.noCases")}</li>
                )}
              </ul>
            </div>
          </div>

          <div>
            <h2 className="mb-2 text-lg font-semibold">{t("centerPage.reports")}</h2>
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
              {(reports.data?.rows ?? []).map((r) => (
                <li key={r.id} className="flex flex-wrap justify-between gap-2 px-3 py-2" data-report-id={r.id}>
                  <span>
                    #{r.id} · {t(`reportKind.${r.kind}`)} · {formatInZone(r.eventAt, zone)} ·{" "}
                    {r.score === null ? "—" : formatHundredths(r.score)} · {t(`reportStatus.${r.status}`)}
                  </span>
                  {r.status === "SUBMITTED" && (
                    <button type="button" className="text-red-700 underline" onClick={() => setVoiding(r.id)}>
                      {t("reports.void")}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
      {voiding !== null && (
        <VoidReportDialog reportId={voiding} onClose={() => setVoiding(null)} onVoided={() => setVoiding(null)} />
      )}
    </section>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex gap-2">
      <dt className="text-slate-500">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
