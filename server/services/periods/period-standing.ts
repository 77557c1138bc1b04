// Where the period history stands (shared/domain/period-order.ts decides what it allows): the first
// period, the current one in the policy's zone, which periods are closed and which were reopened.
import {
  closeRefusal,
  type PeriodRefusal,
  type PeriodStanding,
  reopenRefusal,
} from "../../../shared/domain/period-order.ts";
import { formatLocalMinute, periodBounds, periodKeyOf } from "../../../shared/domain/periods.ts";
import type { DbReader } from "../../db/create-database.ts";
import { type MessageRef, ref } from "../../../shared/messages/message-ref.ts";
import { DomainError } from "../../errors.ts";

export async function readPeriodStanding(db: DbReader, timeZone: string, now: Date): Promise<PeriodStanding> {
  const [firstPeriod, periods] = await Promise.all([
    readFirstPeriod(db),
    db.period.findMany({ select: { key: true, status: true }, orderBy: { key: "asc" } }),
  ]);
  return {
    firstPeriod,
    currentPeriod: periodKeyOf(now, timeZone),
    closed: periods.filter((p) => p.status === "CLOSED").map((p) => p.key),
    reopened: periods.filter((p) => p.status === "OPEN").map((p) => p.key),
  };
}

/** The network's first period (written when the database is migrated; see network_setting). */
export async function readFirstPeriod(db: DbReader): Promise<string> {
  const setting = await db.networkSetting.findUnique({ where: { id: 1 }, select: { firstPeriodKey: true } });
  if (!setting) throw new Error("network_setting has no row: the database was not migrated.");
  return setting.firstPeriodKey;
}

export function assertClosable(standing: PeriodStanding, periodKey: string, timeZone: string): void {
  const refusal = closeRefusal(standing, periodKey);
  if (refusal) throw periodError(refusal, timeZone);
}

export function assertReopenable(standing: PeriodStanding, periodKey: string, timeZone: string): void {
  const refusal = reopenRefusal(standing, periodKey);
  if (refusal) throw periodError(refusal, timeZone);
}

export function periodError(refusal: PeriodRefusal, timeZone: string): DomainError {
  const message = describeRefusal(refusal, timeZone);
  const code = refusal.reason === "BEFORE_FIRST_PERIOD" ? "BAD_REQUEST" : "CONFLICT";
  return new DomainError(code, message, { periodKey: [message] });
}

function describeRefusal(refusal: PeriodRefusal, timeZone: string): MessageRef {
  const p = refusal.periodKey;
  switch (refusal.reason) {
    case "BEFORE_FIRST_PERIOD":
      return ref("period.beforeFirst", { periodKey: p, firstPeriod: refusal.firstPeriod });
    case "NOT_ENDED": {
      const { end } = periodBounds(p, timeZone);
      return ref("period.notEnded", { periodKey: p, closableFrom: formatLocalMinute(end, timeZone), timeZone });
    }
    case "ALREADY_CLOSED":
      return ref("period.alreadyClosed", { periodKey: p });
    case "EARLIER_FIRST":
      return ref("period.earlierFirst", { periodKey: p, mustCloseFirst: refusal.mustCloseFirst });
    case "NOT_LATEST_CLOSED":
      return ref("period.notLatestClosed", { periodKey: p, latestClosed: refusal.latestClosed });
    case "NOTHING_CLOSED":
      return ref("period.nothingClosed", { periodKey: p });
    case "ALREADY_REOPENED":
      return ref("period.alreadyReopened", { periodKey: p });
  }
}

/**
 * The latest closed period, where a decision taken now sits in the period order (the close reads
 * `decided_after_key` and its kin); null before the first close.
 */
export async function latestClosedKey(db: DbReader): Promise<string | null> {
  const latest = await db.period.findFirst({
    where: { status: "CLOSED" },
    orderBy: { key: "desc" },
    select: { key: true },
  });
  return latest?.key ?? null;
}
