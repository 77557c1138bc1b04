// The order periods close and reopen in (DOMAIN.md, Periods), as a pure rule. Evaluation starts at
// the network's first period; periods close strictly oldest first; headquarters may reopen the
// latest closed period, then the one before it, and so on, so several periods may be open again at
// once; they close again oldest first. The close, the reopen, the preview and the screens all ask
// this module, so the order cannot differ between them.
import { shiftPeriod } from "./periods.ts";

export interface PeriodStanding {
  /** Where evaluation starts: no period before it exists. */
  firstPeriod: string;
  /** The month in progress (not ended, so not closable). */
  currentPeriod: string;
  /** Every period that is closed now (they form an unbroken run from the first period). */
  closed: readonly string[];
  /** Periods that were closed once and have been reopened, awaiting their re-close. */
  reopened: readonly string[];
}

export type PeriodRefusal =
  | { reason: "BEFORE_FIRST_PERIOD"; periodKey: string; firstPeriod: string }
  | { reason: "NOT_ENDED"; periodKey: string }
  | { reason: "ALREADY_CLOSED"; periodKey: string }
  | { reason: "EARLIER_FIRST"; periodKey: string; mustCloseFirst: string }
  | { reason: "NOT_LATEST_CLOSED"; periodKey: string; latestClosed: string }
  | { reason: "NOTHING_CLOSED"; periodKey: string }
  | { reason: "ALREADY_REOPENED"; periodKey: string };

export function latestClosed(standing: PeriodStanding): string | null {
  return maxKey(standing.closed);
}

/** The period a close must take next (closed or never closed), whether or not it has ended yet. */
export function nextInOrder(standing: PeriodStanding): string {
  const latest = latestClosed(standing);
  return latest ? shiftPeriod(latest, 1) : standing.firstPeriod;
}

/** The period headquarters should close next, or null while it has not ended. */
export function nextToClose(standing: PeriodStanding): string | null {
  const next = nextInOrder(standing);
  return next < standing.currentPeriod ? next : null;
}

/** Why `periodKey` cannot be closed now, or null when it can. */
export function closeRefusal(standing: PeriodStanding, periodKey: string): PeriodRefusal | null {
  if (periodKey < standing.firstPeriod) {
    return { reason: "BEFORE_FIRST_PERIOD", periodKey, firstPeriod: standing.firstPeriod };
  }
  if (standing.closed.includes(periodKey)) return { reason: "ALREADY_CLOSED", periodKey };
  if (periodKey >= standing.currentPeriod) return { reason: "NOT_ENDED", periodKey };
  const next = nextInOrder(standing);
  if (periodKey > next) return { reason: "EARLIER_FIRST", periodKey, mustCloseFirst: next };
  // Below `next` and not closed cannot happen while closed periods form an unbroken run; refuse anyway.
  if (periodKey < next) return { reason: "ALREADY_CLOSED", periodKey };
  return null;
}

/** Why `periodKey` cannot be reopened now, or null when it can: only the latest closed period. */
export function reopenRefusal(standing: PeriodStanding, periodKey: string): PeriodRefusal | null {
  if (periodKey < standing.firstPeriod) {
    return { reason: "BEFORE_FIRST_PERIOD", periodKey, firstPeriod: standing.firstPeriod };
  }
  if (standing.reopened.includes(periodKey)) return { reason: "ALREADY_REOPENED", periodKey };
  const latest = latestClosed(standing);
  if (latest === null) return { reason: "NOTHING_CLOSED", periodKey };
  if (latest !== periodKey) return { reason: "NOT_LATEST_CLOSED", periodKey, latestClosed: latest };
  return null;
}

/** The periods from the first one to the current one, newest first: the ones a picker offers. */
export function existingPeriods(standing: Pick<PeriodStanding, "firstPeriod" | "currentPeriod">): string[] {
  const keys: string[] = [];
  for (let key = standing.currentPeriod; key >= standing.firstPeriod; key = shiftPeriod(key, -1)) keys.push(key);
  return keys;
}

function maxKey(keys: readonly string[]): string | null {
  let max: string | null = null;
  for (const key of keys) if (max === null || key > max) max = key;
  return max;
}
