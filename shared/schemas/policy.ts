import { z } from "zod";
import { zText } from "./fields.ts";
import type { ScoringPolicy } from "../domain/policy.ts";

const score = (field: string) =>
  z
    .number({ error: `${field} must be a number.` })
    .min(0, { error: `${field} must be between 0 and 100.` })
    .max(100, { error: `${field} must be between 0 and 100.` })
    .multipleOf(0.01, { error: `${field} has at most two decimals.` });

const weight = z
  .number({ error: "A weight must be a whole number." })
  .int({ error: "A weight must be a whole number." })
  .min(0, { error: "A weight cannot be negative." })
  .max(100, { error: "A weight must be at most 100." });

const minimum = z
  .number({ error: "A minimum must be a whole number." })
  .int({ error: "A minimum must be a whole number." })
  .min(1, { error: "A minimum must be at least 1." })
  .max(1000, { error: "A minimum must be at most 1000." });

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A scoring policy as headquarters types it: scores as numbers with two decimals. */
export const ZPolicyInput = z
  .object({
    threshold: score("The threshold"),
    weights: z.object({ visits: weight, callbacks: weight, spotChecks: weight }),
    minimums: z.object({ visits: minimum, callbacks: minimum, spotChecks: minimum }),
    criticalFailCap: score("The critical-fail cap"),
    correctiveDays: z
      .number({ error: "Corrective-action days must be a whole number." })
      .int({ error: "Corrective-action days must be a whole number." })
      .min(1, { error: "Corrective-action days must be between 1 and 365." })
      .max(365, { error: "Corrective-action days must be between 1 and 365." }),
    failuresToRevoke: z
      .number({ error: "Failures to revoke must be a whole number." })
      .int({ error: "Failures to revoke must be a whole number." })
      .min(1, { error: "Failures to revoke must be between 1 and 12." })
      .max(12, { error: "Failures to revoke must be between 1 and 12." }),
    timeZone: zText({ error: "Choose a time zone." })
      .trim()
      .refine(isTimeZone, { error: "Choose a valid IANA time zone, e.g. Asia/Shanghai." }),
  })
  .refine((p) => p.weights.visits + p.weights.callbacks + p.weights.spotChecks > 0, {
    error: "At least one source needs a weight above 0.",
    path: ["weights"],
  });
export type TPolicyInput = z.infer<typeof ZPolicyInput>;

export const ZCreatePolicyVersionInput = z.object({
  policy: ZPolicyInput,
  note: zText().trim().max(500, { error: "A note must be at most 500 characters." }).optional(),
});
export type TCreatePolicyVersionInput = z.infer<typeof ZCreatePolicyVersionInput>;

export const ZSimulatePolicyInput = z.object({ policy: ZPolicyInput });
export type TSimulatePolicyInput = z.infer<typeof ZSimulatePolicyInput>;

export function toScoringPolicy(input: TPolicyInput): ScoringPolicy {
  return {
    thresholdHundredths: Math.round(input.threshold * 100),
    weights: input.weights,
    minimums: input.minimums,
    criticalFailCapHundredths: Math.round(input.criticalFailCap * 100),
    correctiveDays: input.correctiveDays,
    failuresToRevoke: input.failuresToRevoke,
    timeZone: input.timeZone,
  };
}

/** The inverse of toScoringPolicy: a stored policy as a form (or a test) starts from it. */
export function toPolicyInput(policy: ScoringPolicy): TPolicyInput {
  return {
    threshold: policy.thresholdHundredths / 100,
    weights: policy.weights,
    minimums: policy.minimums,
    criticalFailCap: policy.criticalFailCapHundredths / 100,
    correctiveDays: policy.correctiveDays,
    failuresToRevoke: policy.failuresToRevoke,
    timeZone: policy.timeZone,
  };
}
