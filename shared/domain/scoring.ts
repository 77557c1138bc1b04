// From records to a result (DOMAIN.md, Scoring): source scores with minimum samples, the composite
// with weights renormalised over the sources that count, and PASS / FAIL / INSUFFICIENT_DATA.
// Everything is integer hundredths; each step rounds half-up and the next step uses the rounded value.
import { divideHalfUp, ratioToHundredths } from "./checklist-score.ts";
import type { ScoringPolicy, SourceWeights } from "./policy.ts";

export const EVALUATION_RESULTS = ["PASS", "FAIL", "INSUFFICIENT_DATA"] as const;
export type EvaluationResult = (typeof EVALUATION_RESULTS)[number];

export type SourceKey = keyof SourceWeights;
export const SOURCE_KEYS: readonly SourceKey[] = ["visits", "callbacks", "spotChecks"];

/** A report's score as it counts: the critical-fail cap of the policy applied to its raw score. */
export function cappedReportScore(rawHundredths: number, criticalFailed: boolean, capHundredths: number): number {
  return criticalFailed ? Math.min(rawHundredths, capHundredths) : rawHundredths;
}

/** The mean of report scores (each already rounded), rounded half-up; null without reports. */
export function meanHundredths(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const sum = scores.reduce((total, score) => total + score, 0);
  return divideHalfUp(sum, scores.length);
}

/** CSAT: 100 × (reached callbacks rated 4 or 5) / (reached callbacks); null when nobody was reached. */
export function csatHundredths(reachedRatings: readonly number[]): number | null {
  if (reachedRatings.length === 0) return null;
  const satisfied = reachedRatings.filter((rating) => rating >= 4).length;
  return ratioToHundredths(satisfied, reachedRatings.length);
}

export interface SourceScore {
  /** Null when there is nothing to score. */
  hundredths: number | null;
  /** Reports for visits and spot-checks; reached callbacks for callbacks. */
  count: number;
}

export type SourceScores = Record<SourceKey, SourceScore>;

/** A source counts when it has at least the policy's minimum number of samples. */
export function sourceCounts(source: SourceScore, minimum: number): boolean {
  return source.hundredths !== null && source.count >= Math.max(1, minimum);
}

export interface Evaluated {
  composite: number | null;
  result: EvaluationResult;
  /** The sources that counted, in SOURCE_KEYS order. */
  counted: SourceKey[];
}

/** Weighted mean of the counting sources, weights renormalised over them; the result against the threshold. */
export function evaluate(
  sources: SourceScores,
  policy: Pick<ScoringPolicy, "weights" | "minimums" | "thresholdHundredths">,
): Evaluated {
  let weighted = 0;
  let weightSum = 0;
  const counted: SourceKey[] = [];
  for (const key of SOURCE_KEYS) {
    const source = sources[key];
    const weight = policy.weights[key];
    if (weight <= 0 || !sourceCounts(source, policy.minimums[key]) || source.hundredths === null) continue;
    weighted += weight * source.hundredths;
    weightSum += weight;
    counted.push(key);
  }
  if (weightSum === 0) return { composite: null, result: "INSUFFICIENT_DATA", counted };
  const composite = divideHalfUp(weighted, weightSum);
  return { composite, result: composite >= policy.thresholdHundredths ? "PASS" : "FAIL", counted };
}
