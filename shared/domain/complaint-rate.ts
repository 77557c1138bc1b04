// Upheld complaints on the scorecard (DOMAIN-2.md, Complaints): the count per center and period, and
// the rate per 1,000 reached callbacks to two decimals. They do not change the composite score.

/** Upheld complaints per 1,000 reached callbacks, in hundredths (12.35 → 1235), rounded half-up; null without callbacks. */
export function complaintsPer1000Hundredths(upheld: number, reachedCallbacks: number): number | null {
  if (reachedCallbacks <= 0) return null;
  // upheld × 1000 × 100 / callbacks, half-up, in integers (no floating-point rounding).
  return Math.floor((2 * upheld * 100_000 + reachedCallbacks) / (2 * reachedCallbacks));
}
