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
import { noPolicyYet, policyVersionFromJson } from "../policy/policy-record.ts";
import { centerSelectionFor } from "../scope/center-selection.ts";
import { readExplainFacts } from "./explain-facts.ts";
import { type CenterScore, scoreCenters } from "./score-centers.ts";
import { notFound } from "../../errors.ts";

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

export async function explainEvaluation(db: Db, user: SessionUser, input: TExplainInput): Promise<Explanation> {
  // One round trip for everything stored; only an open period's live scores need a second.
  const facts = await readExplainFacts(db, { ...input, selection: centerSelectionFor(user) });
  if (!facts.center) throw notFound("notFound.center");
  // A closed period keeps the version it was closed with; an open one follows the current version.
  const closed = facts.periodStatus === "CLOSED" && facts.periodPolicy !== null;
  const policyJson = closed ? facts.periodPolicy : facts.currentPolicy;
  if (!policyJson) throw noPolicyYet();
  const policyVersion = policyVersionFromJson(policyJson);
  const { policy } = policyVersion;
  const scores = closed
    ? // No frozen evaluation: the center was left out of the period (revoked before it ended).
      facts.evaluation && evaluationFacts(facts.evaluation, facts.evaluation)
    : await liveEvaluation(db, facts.center.id, input.periodKey, policy);

  const sources = explainSources(scores?.sources ?? null, policy);
  return {
    center: facts.center,
    periodKey: input.periodKey,
    provisional: !closed,
    evaluated: scores !== null,
    policy: {
      version: policyVersion.version,
      thresholdHundredths: policy.thresholdHundredths,
      criticalFailCapHundredths: policy.criticalFailCapHundredths,
      timeZone: policy.timeZone,
    },
    sources,
    composite: scores?.composite ?? null,
    result: scores?.result ?? null,
    streakBefore: scores?.streakBefore ?? null,
    streakAfter: scores?.streakAfter ?? null,
    reports: facts.reports.map((report) => ({
      ...report,
      eventAt: new Date(report.eventAt),
      countedScore:
        report.status === "SUBMITTED" && report.rawScore !== null
          ? cappedReportScore(report.rawScore, report.criticalFailed, policy.criticalFailCapHundredths)
          : null,
    })),
    callbacks: facts.callbacks.map((call) => ({
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
  return score ? evaluationFacts(score, { streakBefore: null, streakAfter: null }) : null;
}

/** Live or frozen, the same scores; only a frozen evaluation has a streak around it. */
function evaluationFacts(
  score: Omit<CenterScore, "centerId">,
  streaks: Pick<EvaluationFacts, "streakBefore" | "streakAfter">,
): EvaluationFacts {
  return {
    sources: {
      visits: { hundredths: score.visitScore, count: score.visitCount },
      callbacks: { hundredths: score.callbackScore, count: score.callbackCount },
      spotChecks: { hundredths: score.spotCheckScore, count: score.spotCheckCount },
    },
    composite: score.composite,
    result: score.result,
    streakBefore: streaks.streakBefore,
    streakAfter: streaks.streakAfter,
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
