// The penalty rules that are arithmetic (DOMAIN-2.md, Penalties): the grade ladder and the
// counterfeit rule ("假一赔三").

export const GRADES = ["A", "B", "C"] as const;
export type Grade = (typeof GRADES)[number];

/** The grade a downgrade moves to, or null for grade C (the lowest: propose termination instead). */
export function gradeBelow(grade: Grade): Grade | null {
  return grade === "A" ? "B" : grade === "B" ? "C" : null;
}

/** The customer's compensation for a counterfeit part: three times what they paid for it. */
export function counterfeitCompensationYuan(partYuan: number): number {
  return 3 * partYuan;
}

/**
 * The fine proposed with a confirmed counterfeit case. DOMAIN-2.md names no amount; the rule chosen
 * (README, Decisions): ten times the part's price, at least ¥5,000, at most the ¥1,000,000 limit.
 * Headquarters confirms or cancels it like any proposal.
 */
export const COUNTERFEIT_FINE_MIN_YUAN = 5_000;
export function counterfeitFineYuan(partYuan: number): number {
  return Math.min(1_000_000, Math.max(COUNTERFEIT_FINE_MIN_YUAN, 10 * partYuan));
}

/** Days within which a second confirmed counterfeit case at the same center proposes termination. */
export const COUNTERFEIT_REPEAT_DAYS = 365;

export type CounterfeitProposal =
  { kind: "FINE"; amountYuan: number } | { kind: "DOWNGRADE" } | { kind: "TERMINATION" };

/**
 * What a confirmed counterfeit case proposes against an authorized center: a FINE and a DOWNGRADE; a
 * second case within 365 days, TERMINATION. A grade-C center cannot go lower, so termination it is.
 */
export function counterfeitProposals(facts: {
  grade: Grade;
  partYuan: number;
  earlierCaseWithinYear: boolean;
}): CounterfeitProposal[] {
  if (facts.earlierCaseWithinYear) return [{ kind: "TERMINATION" }];
  const fine = { kind: "FINE", amountYuan: counterfeitFineYuan(facts.partYuan) } as const;
  return gradeBelow(facts.grade) === null ? [fine, { kind: "TERMINATION" }] : [fine, { kind: "DOWNGRADE" }];
}
