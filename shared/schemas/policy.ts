import { z } from "zod";
import { key } from "../messages/message-ref.ts";
import { zText } from "./fields.ts";
import type { ScoringPolicy } from "../domain/policy.ts";

const score = (field: "threshold" | "cap") =>
  z
    .number({ error: key(`policy.${field}Number`) })
    .min(0, { error: key(`policy.${field}Range`) })
    .max(100, { error: key(`policy.${field}Range`) })
    .multipleOf(0.01, { error: key(`policy.${field}Decimals`) });

const weight = z
  .number({ error: key("policy.weightWhole") })
  .int({ error: key("policy.weightWhole") })
  .min(0, { error: key("policy.weightNegative") })
  .max(100, { error: key("policy.weightMax") });

const minimum = z
  .number({ error: key("policy.minimumWhole") })
  .int({ error: key("policy.minimumWhole") })
  .min(1, { error: key("policy.minimumMin") })
  .max(1000, { error: key("policy.minimumMax") });

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
    threshold: score("threshold"),
    weights: z.object({ visits: weight, callbacks: weight, spotChecks: weight }),
    minimums: z.object({ visits: minimum, callbacks: minimum, spotChecks: minimum }),
    criticalFailCap: score("cap"),
    correctiveDays: z
      .number({ error: key("policy.correctiveDaysWhole") })
      .int({ error: key("policy.correctiveDaysWhole") })
      .min(1, { error: key("policy.correctiveDaysRange") })
      .max(365, { error: key("policy.correctiveDaysRange") }),
    failuresToRevoke: z
      .number({ error: key("policy.failuresWhole") })
      .int({ error: key("policy.failuresWhole") })
      .min(1, { error: key("policy.failuresRange") })
      .max(12, { error: key("policy.failuresRange") }),
    timeZone: zText({ error: key("policy.timeZoneRequired") })
      .trim()
      .refine(isTimeZone, { error: key("policy.timeZoneInvalid") }),
  })
  .refine((p) => p.weights.visits + p.weights.callbacks + p.weights.spotChecks > 0, {
    error: key("policy.weightsAllZero"),
    path: ["weights"],
  });
export type TPolicyInput = z.infer<typeof ZPolicyInput>;

export const ZCreatePolicyVersionInput = z.object({
  policy: ZPolicyInput,
  note: zText()
    .trim()
    .max(500, { error: key("policy.noteTooLong") })
    .optional(),
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
