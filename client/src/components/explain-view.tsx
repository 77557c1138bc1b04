// Why a center scored what it scored in one period: each source with its samples, minimum and
// weight, the composite against the threshold, and the records behind it.
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatHundredths } from "../../../shared/domain/checklist-score.ts";
import { useTRPC } from "../lib/trpc.ts";
import { formatInZone } from "../lib/zoned-time.ts";
import { QueryState } from "./ui/query-state.tsx";

const score = (h: number | null) => (h === null ? "—" : formatHundredths(h));

export function ExplainView({ centerId, periodKey }: { centerId: number; periodKey: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const explain = useQuery(trpc.scorecards.explain.queryOptions({ centerId, periodKey }));
  if (!explain.data) return <QueryState query={explain} />;
  const e = explain.data;
  if (!e.evaluated)
    return <p className="text-sm text-slate-600">{t("explain.notEvaluated", { period: e.periodKey })}</p>;
  const reached = e.callbacks.filter((c) => c.outcome === "REACHED");
  return (
    <div className="space-y-3 rounded border border-indigo-100 bg-indigo-50/40 p-3 text-sm" data-testid="explain-view">
      <p className="font-medium">
        {t("explain.title", { period: e.periodKey, version: e.policy.version })}
        {e.provisional && <span className="ml-2 text-xs text-amber-700">({t("explain.provisional")})</span>}
      </p>
      <table className="min-w-full">
        <thead className="text-left text-slate-600">
          <tr>
            {(["source", "score", "samples", "minimum", "weight", "effective", "counted"] as const).map((k) => (
              <th key={k} scope="col" className="px-2 py-1 font-medium">
                {t(`explain.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {e.sources.map((s) => (
            <tr key={s.key} className="border-t border-indigo-100">
              <td className="px-2 py-1">{t(`scorecard.source.${s.key}`)}</td>
              <td className="px-2 py-1 tabular-nums">{score(s.hundredths)}</td>
              <td className="px-2 py-1 tabular-nums">{s.count}</td>
              <td className="px-2 py-1 tabular-nums">{s.minimum}</td>
              <td className="px-2 py-1 tabular-nums">{s.weight}</td>
              <td className="px-2 py-1 tabular-nums">
                {s.counted ? `${formatHundredths(s.effectiveWeightHundredths)} %` : "—"}
              </td>
              <td className="px-2 py-1">{s.counted ? t("explain.yes") : t("explain.no")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="font-medium" data-testid="explain-composite">
        {t("explain.composite", {
          composite: score(e.composite),
          threshold: formatHundredths(e.policy.thresholdHundredths),
          result: e.result ? t(`result.${e.result}`) : "—",
        })}
      </p>
      <p className="text-xs text-slate-600">
        {t("explain.cap", { cap: formatHundredths(e.policy.criticalFailCapHundredths) })}
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        <div>
          <p className="font-medium">{t("explain.reports")}</p>
          <ul className="mt-1 space-y-1">
            {e.reports.map((r) => (
              <li key={r.id} className={r.status === "VOIDED" ? "text-slate-600 line-through" : ""}>
                #{r.id} · {t(`reportKind.${r.kind}`)} · {formatInZone(r.eventAt, e.policy.timeZone)} ·{" "}
                {score(r.countedScore ?? r.rawScore)}
                {r.criticalFailed && <span className="ml-1 text-red-700">({t("reports.criticalFailed")})</span>}
                {r.status === "VOIDED" && <span className="ml-1">({t("reportStatus.VOIDED")})</span>}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="font-medium">{t("explain.callbacks")}</p>
          <p>
            {t("explain.reached", { reached: reached.length, satisfied: reached.filter((c) => c.satisfied).length })}
          </p>
        </div>
      </div>
    </div>
  );
}
