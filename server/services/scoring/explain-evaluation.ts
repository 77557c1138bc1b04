// Why a center scored what it scored in a period (DOMAIN.md: every score can be explained): the
// records used and their scores, each source with its weight, minimum and whether it counted, the
// composite and the policy version. Scores are integer hundredths.
import { ratioToHundredths } from "../../../shared/domain/checklist-score.ts";
import type { ScoringPolicy } from "../../../shared/domain/policy.ts";
import {
  cappedReportScore,
  type EvaluationResult,
  SOURCE_KEYS,
  type SourceKey,
  sourceCounts,
} from "../../../shared/domain/scoring.ts";
import type { TExplainInput } from "../../../shared/schemas/scorecards.ts";
import type { SessionUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import { notFound } from "../../errors.ts";
import { resolvePeriod } from "../periods/resolve-period.ts";
import { centersInScope } from "../scope/region-scope.ts";
import { readExplainRecords } from "./explain-records.ts";
import { scoreCenters } from "./score-centers.ts";

export interface ExplainedSource {
  key: SourceKey;
  hundredths: number | null;
  count: number;
  minimum: number;
  weight: number;
  counted: boolean;
  /** The weight after renormalisation over the counting sources, in hundredths of a percent. */
  effectiveWeightHundredths: number;
}

export interface Explanation {
  center: { id: number; code: string; name: string; kind: "DIRECT" | "AUTHORIZED" };
  periodKey: string;
  provisional: boolean;
  /** False when the center was left out of the period (revoked before it ended). */
  evaluated: boolean;
  policy: { version: number } & Pick<ScoringPolicy, "thresholdHundredths" | "criticalFailCapHundredths" | "timeZone">;
  sources: ExplainedSource[];
  composite: number | null;
  result: EvaluationResult | null;
  streakBefore: number | null;
  streakAfter: number | null;
  reports: {
    id: number;
    kind: "VISIT" | "SPOT_CHECK";
    eventAt: Date;
    status: "SUBMITTED" | "VOIDED";
    authorName: string;
    rawScore: number | null;
    criticalFailed: boolean;
    /** The score as it counts, after the critical-fail cap; null for a voided report. */
    countedScore: number | null;
    voidReason: string | null;
  }[];
  callbacks: {
    id: number;
    workOrderNo: string;
    calledAt: Date;
    outcome: "REACHED" | "UNREACHABLE" | "REFUSED";
    rating: number | null;
    /** Rated 4 or 5: counts toward CSAT's numerator. Null when not reached. */
    satisfied: boolean | null;
  }[];
}

export async function explainEvaluation(
  db: Db,
  user: SessionUser,
  input: TExplainInput,
  now = new Date(),
): Promise<Explanation> {
  // Independent lookups, in parallel: each round trip is most of this procedure's time.
  const [center, period] = await Promise.all([
    db.center.findFirst({
      where: { AND: [{ id: input.centerId }, centersInScope(user)] },
      select: { id: true, code: true, name: true, kind: true },
    }),
    resolvePeriod(db, input.periodKey, now),
  ]);
  if (!center) throw notFound("Center");
  const { policy } = period.policyVersion;

  const [scores, { reports, callbacks }] = await Promise.all([
    period.closed
      ? frozenEvaluation(db, center.id, period.periodKey)
      : liveEvaluation(db, center.id, period.periodKey, policy),
    readExplainRecords(db, center.id, period.periodKey),
  ]);

  const sources = explainSources(scores?.sources ?? null, policy);
  return {
    center,
    periodKey: period.periodKey,
    provisional: !period.closed,
    evaluated: scores !== null,
    policy: {
      version: period.policyVersion.version,
      thresholdHundredths: policy.thresholdHundredths,
      criticalFailCapHundredths: policy.criticalFailCapHundredths,
      timeZone: policy.timeZone,
    },
    sources,
    composite: scores?.composite ?? null,
    result: scores?.result ?? null,
    streakBefore: scores?.streakBefore ?? null,
    streakAfter: scores?.streakAfter ?? null,
    reports: reports.map((report) => ({
      ...report,
      eventAt: new Date(report.eventAt),
      countedScore:
        report.status === "SUBMITTED" && report.rawScore !== null
          ? cappedReportScore(report.rawScore, report.criticalFailed, policy.criticalFailCapHundredths)
          : null,
    })),
    callbacks: callbacks.map((call) => ({
      ...call,
      calledAt: new Date(call.calledAt),
      satisfied: call.outcome === "REACHED" && call.rating !== null ? call.rating >= 4 : null,
    })),
  };
}

interface EvaluationFacts {
  sources: Record<SourceKey, { hundredths: number | null; count: number }>;
  composite: number | null;
  result: EvaluationResult;
  streakBefore: number | null;
  streakAfter: number | null;
}

async function liveEvaluation(
  db: Db,
  centerId: number,
  periodKey: string,
  policy: ScoringPolicy,
): Promise<EvaluationFacts | null> {
  const [score] = await scoreCenters(db, { periodKey, policy, selection: { centerId } });
  if (!score) return null;
  return {
    sources: {
      visits: { hundredths: score.visitScore, count: score.visitCount },
      callbacks: { hundredths: score.callbackScore, count: score.callbackCount },
      spotChecks: { hundredths: score.spotCheckScore, count: score.spotCheckCount },
    },
    composite: score.composite,
    result: score.result,
    streakBefore: null,
    streakAfter: null,
  };
}

async function frozenEvaluation(db: Db, centerId: number, periodKey: string): Promise<EvaluationFacts | null> {
  const row = await db.evaluation.findUnique({ where: { centerId_periodKey: { centerId, periodKey } } });
  if (!row) return null;
  const h = (value: { mul(n: number): { toNumber(): number } } | null) =>
    value === null ? null : value.mul(100).toNumber();
  return {
    sources: {
      visits: { hundredths: h(row.visitScore), count: row.visitCount },
      callbacks: { hundredths: h(row.callbackScore), count: row.callbackCount },
      spotChecks: { hundredths: h(row.spotCheckScore), count: row.spotCheckCount },
    },
    composite: h(row.composite),
    result: row.result,
    streakBefore: row.streakBefore,
    streakAfter: row.streakAfter,
  };
}

function explainSources(sources: EvaluationFacts["sources"] | null, policy: ScoringPolicy): ExplainedSource[] {
  const explained = SOURCE_KEYS.map((key) => {
    const source = sources?.[key] ?? { hundredths: null, count: 0 };
    const weight = policy.weights[key];
    return {
      key,
      ...source,
      minimum: policy.minimums[key],
      weight,
      counted: weight > 0 && sourceCounts(source, policy.minimums[key]),
    };
  });
  const countedWeight = explained.reduce((sum, s) => sum + (s.counted ? s.weight : 0), 0);
  return explained.map((s) => ({
    ...s,
    effectiveWeightHundredths: s.counted ? ratioToHundredths(s.weight, countedWeight) : 0,
  }));
}
