// The stored scoring policy version ↔ the policy the shared rules use.
import { DEFAULT_SCORING_POLICY, type ScoringPolicy } from "../../../shared/domain/policy.ts";
import type { DbReader } from "../../db/create-database.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { DomainError } from "../../errors.ts";

export const policyVersionSelect = {
  id: true,
  version: true,
  threshold: true,
  weightVisits: true,
  weightCallbacks: true,
  weightSpotChecks: true,
  minVisits: true,
  minCallbacks: true,
  minSpotChecks: true,
  criticalFailCap: true,
  correctiveDays: true,
  failuresToRevoke: true,
  timeZone: true,
  note: true,
  createdAt: true,
} satisfies Prisma.ScoringPolicyVersionSelect;

export type PolicyVersionRow = Prisma.ScoringPolicyVersionGetPayload<{ select: typeof policyVersionSelect }>;

export interface PolicyVersion {
  id: number;
  version: number;
  policy: ScoringPolicy;
  note: string | null;
  createdAt: Date;
}

const toHundredths = (value: Prisma.Decimal): number => value.mul(100).toNumber();

export function toPolicyVersion(row: PolicyVersionRow): PolicyVersion {
  return {
    id: row.id,
    version: row.version,
    note: row.note,
    createdAt: row.createdAt,
    policy: {
      thresholdHundredths: toHundredths(row.threshold),
      weights: { visits: row.weightVisits, callbacks: row.weightCallbacks, spotChecks: row.weightSpotChecks },
      minimums: { visits: row.minVisits, callbacks: row.minCallbacks, spotChecks: row.minSpotChecks },
      criticalFailCapHundredths: toHundredths(row.criticalFailCap),
      correctiveDays: row.correctiveDays,
      failuresToRevoke: row.failuresToRevoke,
      timeZone: row.timeZone,
    },
  };
}

/** The columns of a policy version row (without its number, author and note). */
export function policyColumns(policy: ScoringPolicy = DEFAULT_SCORING_POLICY) {
  return {
    threshold: (policy.thresholdHundredths / 100).toFixed(2),
    weightVisits: policy.weights.visits,
    weightCallbacks: policy.weights.callbacks,
    weightSpotChecks: policy.weights.spotChecks,
    minVisits: policy.minimums.visits,
    minCallbacks: policy.minimums.callbacks,
    minSpotChecks: policy.minimums.spotChecks,
    criticalFailCap: (policy.criticalFailCapHundredths / 100).toFixed(2),
    correctiveDays: policy.correctiveDays,
    failuresToRevoke: policy.failuresToRevoke,
    timeZone: policy.timeZone,
  } satisfies Omit<Prisma.ScoringPolicyVersionCreateInput, "version">;
}

/** The newest version: it applies to every period closed from now on. */
export async function currentPolicyVersion(db: DbReader): Promise<PolicyVersion> {
  const row = await db.scoringPolicyVersion.findFirst({ select: policyVersionSelect, orderBy: { version: "desc" } });
  if (!row) throw new DomainError("CONFLICT", "No scoring policy has been set up yet.");
  return toPolicyVersion(row);
}
