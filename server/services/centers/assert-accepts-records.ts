// The checks every new or edited record goes through (DOMAIN.md, Bad input and Periods): the
// center is in the user's regions (else not found), the event is not in the future, its period is
// not closed, and the center is not revoked. Returns the period the record belongs to.
import { periodKeyOf } from "../../../shared/domain/periods.ts";
import type { SessionUser } from "../../context.ts";
import type { DbReader } from "../../db/create-database.ts";
import { DomainError, notFound } from "../../errors.ts";
import { currentPolicyVersion } from "../policy/policy-record.ts";
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
  if (eventAt.getTime() > now.getTime()) {
    throw fieldError(eventField, "The time cannot be in the future.");
  }
  const { policy } = await currentPolicyVersion(db);
  const periodKey = periodKeyOf(eventAt, policy.timeZone);
  const period = await db.period.findUnique({ where: { key: periodKey }, select: { status: true } });
  if (period?.status === "CLOSED") {
    throw fieldError(eventField, `${periodKey} is closed: it accepts no new or edited records.`, "CONFLICT");
  }
  const revocation = await db.revocationProposal.findFirst({
    where: { centerId, status: "ISSUED", effectiveAt: { lte: now } },
    select: { effectiveAt: true },
  });
  if (revocation) {
    throw new DomainError(
      "CONFLICT",
      `Center ${center.code} is revoked since ${revocation.effectiveAt!.toISOString().slice(0, 10)}: it accepts no new records.`,
      { centerId: [`Center ${center.code} is revoked: it accepts no new records.`] },
    );
  }
  return { periodKey, center };
}

function fieldError(field: string, message: string, code: "BAD_REQUEST" | "CONFLICT" = "BAD_REQUEST"): DomainError {
  return new DomainError(code, message, { [field]: [message] });
}
