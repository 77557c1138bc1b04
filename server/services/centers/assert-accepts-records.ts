// The checks every new or edited record goes through (DOMAIN.md, Bad input and Periods): the
// center is in the user's regions (else not found), the event is not in the future, its period is
// not closed, and the center is not revoked. Returns the period the record belongs to.
import { localDateOf, periodKeyOf } from "../../../shared/domain/periods.ts";
import { checkRecordPeriod } from "../../../shared/domain/record-period.ts";
import type { SessionUser } from "../../context.ts";
import type { DbReader } from "../../db/create-database.ts";
import { currentPolicyVersion } from "../policy/policy-record.ts";
import { readFirstPeriod } from "../periods/period-standing.ts";
import { centersInScope } from "../scope/region-scope.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import { DomainError, notFound } from "../../errors.ts";

export async function assertCenterAcceptsRecords(
  db: DbReader,
  user: SessionUser,
  { centerId, eventAt, eventField, now }: { centerId: number; eventAt: Date; eventField: string; now: Date },
): Promise<{ periodKey: string; center: { id: number; code: string } }> {
  const center = await db.center.findFirst({
    where: { AND: [{ id: centerId }, centersInScope(user)] },
    select: { id: true, code: true },
  });
  if (!center) throw notFound("notFound.center");
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
  if (!check.ok)
    throw new DomainError(check.rule === "CLOSED" ? "CONFLICT" : "BAD_REQUEST", check.message, {
      [eventField]: [check.message],
    });
  const revocation = await db.revocationProposal.findFirst({
    where: { centerId, status: "ISSUED", effectiveAt: { lte: now } },
    select: { effectiveAt: true },
  });
  if (revocation) {
    const since = localDateOf(revocation.effectiveAt!, policy.timeZone);
    throw new DomainError("CONFLICT", ref("center.revokedSince", { code: center.code, date: since }), {
      centerId: [ref("center.revoked", { code: center.code })],
    });
  }
  return { periodKey, center };
}
