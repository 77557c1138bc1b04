// The stored scoring policy version ↔ the policy the shared rules use.
import { DEFAULT_SCORING_POLICY, type ScoringPolicy } from "../../../shared/domain/policy.ts";
import type { DbReader } from "../../db/create-database.ts";
import { Prisma } from "../../db/generated/client.ts";
import { type DomainError, domainError } from "../../errors.ts";
import { DEFAULT_TIME_ZONE } from "../../../shared/domain/periods.ts";

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

/**
 * The columns of policyVersionSelect under the same names, for a statement that returns a version
 * as JSON (row_to_json of a subquery over scoring_policy_version): read back with policyVersionFromJson.
 */
export const POLICY_VERSION_JSON_COLUMNS = Prisma.sql`id, version, threshold::text AS threshold,
  weight_visits AS "weightVisits", weight_callbacks AS "weightCallbacks", weight_spot_checks AS "weightSpotChecks",
  min_visits AS "minVisits", min_callbacks AS "minCallbacks", min_spot_checks AS "minSpotChecks",
  critical_fail_cap::text AS "criticalFailCap", corrective_days AS "correctiveDays",
  failures_to_revoke AS "failuresToRevoke", time_zone AS "timeZone", note, created_at AS "createdAt"`;

/** A version as such a statement returns it: numerics as exact text, the time as ISO text. */
export type PolicyVersionJson = Omit<PolicyVersionRow, "threshold" | "criticalFailCap" | "createdAt"> & {
  threshold: string;
  criticalFailCap: string;
  createdAt: string;
};

export function policyVersionFromJson(json: PolicyVersionJson): PolicyVersion {
  return toPolicyVersion({
    ...json,
    threshold: new Prisma.Decimal(json.threshold),
    criticalFailCap: new Prisma.Decimal(json.criticalFailCap),
    createdAt: new Date(json.createdAt),
  });
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
  if (!row) throw noPolicyYet();
  return toPolicyVersion(row);
}

/** The network's clock: the newest policy's time zone, or the default before the first policy is saved. */
export async function networkTimeZone(db: DbReader): Promise<string> {
  const newest = await db.scoringPolicyVersion.findFirst({ select: { timeZone: true }, orderBy: { version: "desc" } });
  return newest?.timeZone ?? DEFAULT_TIME_ZONE;
}

export function noPolicyYet(): DomainError {
  return domainError("CONFLICT", "policy.notSetUp");
}
