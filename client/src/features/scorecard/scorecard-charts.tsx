// The scorecard's four charts, each drawing the 80-point line: how composites are distributed,
// groups compared (regions for headquarters, cities for a manager), the pass rate over the last
// periods, and how each source scores.
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Cell, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "../../components/ui/chart-figure.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { type BilingualName, useLocalizedName } from "../../lib/localized-name.ts";
import { compositeDistribution, groupComparison, sourceContributions } from "./chart-data.ts";
import type { ScorecardRow } from "./scorecard-filters.ts";

type PassRates = RouterOutputs["scorecards"]["passRateTrend"];

export function ScorecardCharts(props: {
  rows: ScorecardRow[];
  passRates: PassRates;
  byRegion: boolean;
  regions: readonly (BilingualName & { id: number })[];
  thresholdHundredths: number;
}) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const regionName = (row: ScorecardRow) => {
    const region = props.regions.find((r) => r.id === row.regionId);
    return region ? localized(region) : row.regionCode;
  };
  const threshold = props.thresholdHundredths / 100;
  const distribution = compositeDistribution(props.rows);
  const groups = groupComparison(props.rows, (r) => (props.byRegion ? regionName(r) : r.city));
  const sources = sourceContributions(props.rows).map((s) => ({ ...s, label: t(`scorecard.source.${s.source}`) }));
  const trend = props.passRates.map((p) => ({
    period: p.periodKey,
    passRate: p.passRate === null ? null : p.passRate / 100,
  }));
  const line = (
    <ReferenceLine
      y={threshold}
      stroke="#dc2626"
      strokeDasharray="4 3"
      label={{ value: String(threshold), position: "right", fontSize: 11 }}
    />
  );

  return (
    <div className="grid gap-4 xl:grid-cols-2" data-testid="scorecard-charts">
      <ChartFigure title={t("scorecard.charts.distribution")}>
        <BarChart data={distribution}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="bin" fontSize={10} interval={1} />
          <YAxis allowDecimals={false} fontSize={11} />
          <Tooltip />
          <ReferenceLine
            x="80–85"
            stroke="#dc2626"
            strokeDasharray="4 3"
            label={{ value: String(threshold), position: "top", fontSize: 11 }}
          />
          <Bar isAnimationActive={false} dataKey="centers" name={t("scorecard.charts.centers")}>
            {distribution.map((bin) => (
              <Cell key={bin.bin} fill={bin.failing ? "#f87171" : "#6366f1"} />
            ))}
          </Bar>
        </BarChart>
      </ChartFigure>
      <ChartFigure title={props.byRegion ? t("scorecard.charts.regions") : t("scorecard.charts.cities")}>
        <BarChart data={groups}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="group" fontSize={11} />
          <YAxis domain={[0, 100]} fontSize={11} />
          <Tooltip />
          {line}
          <Bar
            isAnimationActive={false}
            dataKey="meanComposite"
            name={t("scorecard.charts.meanComposite")}
            fill="#6366f1"
          />
          <Bar isAnimationActive={false} dataKey="passRate" name={t("scorecard.charts.passRate")} fill="#a5b4fc" />
        </BarChart>
      </ChartFigure>
      <ChartFigure title={t("scorecard.charts.passRateTrend")}>
        <LineChart data={trend}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="period" fontSize={11} />
          <YAxis domain={[0, 100]} fontSize={11} />
          <Tooltip />
          {line}
          <Line
            dataKey="passRate"
            name={t("scorecard.charts.passRate")}
            stroke="#4f46e5"
            strokeWidth={2}
            connectNulls
          />
        </LineChart>
      </ChartFigure>
      <ChartFigure title={t("scorecard.charts.sources")}>
        <BarChart data={sources}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" fontSize={11} />
          <YAxis domain={[0, 100]} fontSize={11} />
          <Tooltip />
          {line}
          <Bar isAnimationActive={false} dataKey="mean" name={t("scorecard.charts.meanScore")} fill="#6366f1" />
        </BarChart>
      </ChartFigure>
    </div>
  );
}
