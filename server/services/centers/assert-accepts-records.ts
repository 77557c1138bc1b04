// The checks every new or edited record goes through (DOMAIN.md, Bad input and Periods): the
// center is in the user's regions (else not found), the event is not in the future, its period is
// not closed, and the center is not revoked. Returns the period the record belongs to.
import { localDateOf, periodKeyOf } from "../../../shared/domain/periods.ts";
import { checkRecordPeriod } from "../../../shared/domain/record-period.ts";
import type { SessionUser } from "../../context.ts";
import type { DbReader } from "../../db/create-database.ts";
import { DomainError, notFound } from "../../errors.ts";
import { currentPolicyVersion } from "../policy/policy-record.ts";
import { readFirstPeriod } from "../periods/period-standing.ts";
import { centersInScope } from "../scope/region-scope.ts";

export async function assertCenterAcceptsRecords(
  db: DbReader,
  user: SessionUser,
  { centerId, eventAt, eventField, now }: { centerId: number; eventAt: Date; eventField: string; now: Date },
): Promise<{ periodKey: string; center: { id: number; code: string } }> {
  const center = await db.center.findFirst({
    where: { AND: [{ id: centerId }, centersInScope(user)] },
    select: { id: true, code: true },
  });
  if (!center) throw notFound("Center");
  const { policy } = await currentPolicyVersion(db);
  const periodKey = periodKeyOf(eventAt, policy.timeZone);
  const [firstPeriod, period] = await Promise.all([
    readFirstPeriod(db),
    db.period.findUnique({ where: { key: periodKey }, select: { status: true } }),
  ]);
  const check = checkRecordPeriod(eventAt, {
    now,
    timeZone: policy.timeZone,
    firstPeriod,
    isClosed: () => period?.status === "CLOSED",
  });
  if (!check.ok) throw fieldError(eventField, check.message, check.rule === "CLOSED" ? "CONFLICT" : "BAD_REQUEST");
  const revocation = await db.revocationProposal.findFirst({
    where: { centerId, status: "ISSUED", effectiveAt: { lte: now } },
    select: { effectiveAt: true },
  });
  if (revocation) {
    throw new DomainError(
      "CONFLICT",
      `Center ${center.code} is revoked since ${localDateOf(revocation.effectiveAt!, policy.timeZone)}: it accepts no new records.`,
      { centerId: [`Center ${center.code} is revoked: it accepts no new records.`] },
    );
  }
  return { periodKey, center };
}

function fieldError(field: string, message: string, code: "BAD_REQUEST" | "CONFLICT" = "BAD_REQUEST"): DomainError {
  return new DomainError(code, message, { [field]: [message] });
}
