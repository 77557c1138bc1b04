// Which period a screen is about, whether it is closed, and the policy its scores follow: a closed
// period keeps the version it was closed with; an open one follows the current version.
import { periodKeyOf } from "../../../shared/domain/periods.ts";
import type { DbReader } from "../../db/create-database.ts";
import {
  currentPolicyVersion,
  type PolicyVersion,
  policyVersionSelect,
  toPolicyVersion,
} from "../policy/policy-record.ts";

export interface ResolvedPeriod {
  periodKey: string;
  closed: boolean;
  currentPeriodKey: string;
  policyVersion: PolicyVersion;
}

export async function resolvePeriod(
  db: DbReader,
  periodKey: string | undefined,
  now = new Date(),
): Promise<ResolvedPeriod> {
  const readPeriod = (key: string) =>
    db.period.findUnique({ where: { key }, select: { status: true, policyVersion: { select: policyVersionSelect } } });
  // A named period is read alongside the policy; only "the current period" needs the policy's zone first.
  const [current, named] = await Promise.all([
    currentPolicyVersion(db),
    periodKey === undefined ? null : readPeriod(periodKey),
  ]);
  const currentPeriodKey = periodKeyOf(now, current.policy.timeZone);
  const key = periodKey ?? currentPeriodKey;
  const period = periodKey === undefined ? await readPeriod(key) : named;
  if (period?.status === "CLOSED" && period.policyVersion) {
    return { periodKey: key, closed: true, currentPeriodKey, policyVersion: toPolicyVersion(period.policyVersion) };
  }
  return { periodKey: key, closed: false, currentPeriodKey, policyVersion: current };
}
