// A new scoring policy version: it applies to periods closed after it (DOMAIN.md, Scoring policy).
import { type TCreatePolicyVersionInput, toScoringPolicy } from "../../../shared/schemas/policy.ts";
import { ADVISORY_LOCK } from "../../db/advisory-locks.ts";
import type { Db } from "../../db/create-database.ts";
import { type Actor, auditActor, recordAudit } from "../audit/record-audit.ts";
import { type PolicyVersion, policyColumns, policyVersionSelect, toPolicyVersion } from "./policy-record.ts";

export async function createPolicyVersion(
  db: Db,
  actor: Actor,
  input: TCreatePolicyVersionInput,
): Promise<PolicyVersion> {
  const policy = toScoringPolicy(input.policy);
  return db.$transaction(async (tx) => {
    // Serialise version numbers: two saves at once get consecutive versions, not a unique violation.
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(${ADVISORY_LOCK.policyVersion}::bigint)::text`;
    const newest = await tx.scoringPolicyVersion.findFirst({
      select: policyVersionSelect,
      orderBy: { version: "desc" },
    });
    const row = await tx.scoringPolicyVersion.create({
      data: {
        ...policyColumns(policy),
        version: (newest?.version ?? 0) + 1,
        note: input.note ?? null,
        createdById: actor.id,
      },
      select: policyVersionSelect,
    });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "POLICY_VERSION_CREATED",
      entityType: "scoring_policy_version",
      entityId: row.version,
      before: newest ? { version: newest.version, ...policyColumns(toPolicyVersion(newest).policy) } : null,
      after: { version: row.version, ...policyColumns(policy), note: input.note ?? null },
    });
    return toPolicyVersion(row);
  });
}
