// The scoring policy as the rules use it (DOMAIN.md, Scoring policy). Scores and the threshold are
// integer hundredths (80.00 → 8000), so every comparison is exact.
import { DEFAULT_TIME_ZONE } from "./periods.ts";

export interface ScoringPolicy {
  thresholdHundredths: number;
  weights: SourceWeights;
  minimums: SourceWeights;
  criticalFailCapHundredths: number;
  correctiveDays: number;
  failuresToRevoke: number;
  timeZone: string;
}

/** One number per source: visits, callbacks (reached ones), spot-checks. */
export interface SourceWeights {
  visits: number;
  callbacks: number;
  spotChecks: number;
}

export const DEFAULT_SCORING_POLICY: ScoringPolicy = {
  thresholdHundredths: 8000,
  weights: { visits: 40, callbacks: 30, spotChecks: 30 },
  minimums: { visits: 1, callbacks: 10, spotChecks: 1 },
  criticalFailCapHundredths: 0,
  correctiveDays: 30,
  failuresToRevoke: 2,
  timeZone: DEFAULT_TIME_ZONE,
};
