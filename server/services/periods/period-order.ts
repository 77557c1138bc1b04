// Periods close strictly in order (DOMAIN.md, Periods). This reads where the history stands and
// refuses, in words, a close or a reopen that would break the order.
import { formatLocalMinute, periodBounds, shiftPeriod } from "../../../shared/domain/periods.ts";
import type { DbReader } from "../../db/create-database.ts";
import { DomainError } from "../../errors.ts";

export interface PeriodHistory {
  /** The latest period that is closed now, if any. */
  latestClosed: string | null;
  /** A period that was reopened and awaits its re-close, if any (there is at most one). */
  reopened: string | null;
}

export async function readPeriodHistory(db: DbReader): Promise<PeriodHistory> {
  const [closed, reopened] = await Promise.all([
    db.period.findFirst({ where: { status: "CLOSED" }, orderBy: { key: "desc" }, select: { key: true } }),
    db.period.findFirst({ where: { status: "OPEN" }, orderBy: { key: "desc" }, select: { key: true } }),
  ]);
  return { latestClosed: closed?.key ?? null, reopened: reopened?.key ?? null };
}

/** The period headquarters should close next, or null when nothing has ended since the last close. */
export function nextPeriodToClose(history: PeriodHistory, currentPeriod: string): string | null {
  if (history.reopened) return history.reopened;
  const next = history.latestClosed ? shiftPeriod(history.latestClosed, 1) : shiftPeriod(currentPeriod, -1);
  return next < currentPeriod ? next : null;
}

export function assertClosable(
  history: PeriodHistory,
  periodKey: string,
  { now, timeZone }: { now: Date; timeZone: string },
): void {
  const { end } = periodBounds(periodKey, timeZone);
  if (end.getTime() > now.getTime()) {
    throw refusal(
      `${periodKey} has not ended yet: it can be closed from ${formatLocalMinute(end, timeZone)} (${timeZone}).`,
    );
  }
  if (history.reopened && history.reopened !== periodKey) {
    throw refusal(`${history.reopened} was reopened: close it again before ${periodKey}.`);
  }
  if (history.reopened) return;
  if (history.latestClosed && periodKey < history.latestClosed) {
    throw refusal(
      `${periodKey} comes before ${history.latestClosed}, which is already closed: periods close in order.`,
    );
  }
  if (history.latestClosed && periodKey > shiftPeriod(history.latestClosed, 1)) {
    throw refusal(`${shiftPeriod(history.latestClosed, 1)} must be closed before ${periodKey}.`);
  }
}

export function assertReopenable(history: PeriodHistory, periodKey: string): void {
  if (history.reopened === periodKey) throw refusal(`${periodKey} is already open again; it awaits its re-close.`);
  if (history.latestClosed !== periodKey) {
    throw refusal(
      history.latestClosed
        ? `Only the latest closed period (${history.latestClosed}) can be reopened, not ${periodKey}.`
        : `${periodKey} is not closed, so there is nothing to reopen.`,
    );
  }
}

function refusal(message: string): DomainError {
  return new DomainError("CONFLICT", message, { periodKey: [message] });
}
