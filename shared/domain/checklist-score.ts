// The checklist score of a mystery-shopper visit or a video spot-check (DOMAIN.md, Scoring):
//   score = 100 × Σ weight(PASS) / Σ weight(PASS or FAIL), rounded half-up to 2 decimals,
//   capped at the policy's criticalFailCap when a critical item failed.
// Scores are carried as integer hundredths (87.50 → 8750), so no binary floating point is involved.

export type ChecklistAnswer = "PASS" | "FAIL" | "NA";

export interface ScoredItem {
  weight: number;
  critical: boolean;
  answer: ChecklistAnswer;
}

export interface ChecklistScore {
  /** Null when every item is N/A: such a report cannot be submitted. */
  hundredths: number | null;
  criticalFailed: boolean;
}

/** numerator / denominator rounded half-up, for non-negative integers and a positive denominator. */
export function divideHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** a / b × 10000 (a ratio as hundredths of a percent), rounded half-up. */
export function ratioToHundredths(numerator: number, denominator: number): number {
  return divideHalfUp(numerator * 10000, denominator);
}

/** The score before the critical-fail cap (what a report stores), and whether a critical item failed. */
export function rawChecklistScore(items: readonly ScoredItem[]): ChecklistScore {
  let passed = 0;
  let answered = 0;
  let criticalFailed = false;
  for (const item of items) {
    if (item.answer === "NA") continue;
    answered += item.weight;
    if (item.answer === "PASS") passed += item.weight;
    else if (item.critical) criticalFailed = true;
  }
  if (answered === 0) return { hundredths: null, criticalFailed: false };
  return { hundredths: ratioToHundredths(passed, answered), criticalFailed };
}

/** The score as it counts: a failed critical item caps it at the policy's criticalFailCap. */
export function checklistScore(items: readonly ScoredItem[], criticalFailCapHundredths: number): ChecklistScore {
  const raw = rawChecklistScore(items);
  if (raw.hundredths === null || !raw.criticalFailed) return raw;
  return { hundredths: Math.min(raw.hundredths, criticalFailCapHundredths), criticalFailed: true };
}

/** 8750 → "87.50". */
export function formatHundredths(hundredths: number): string {
  const sign = hundredths < 0 ? "-" : "";
  const abs = Math.abs(hundredths);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
