// Which period a new or edited record belongs to, and whether that period takes records (DOMAIN.md,
// Periods and Bad input): not in the future, not before the network's first period, not closed.
// The forms' services and the CSV import both ask this one rule.
import { periodKeyOf } from "./periods.ts";

export interface RecordPeriodContext {
  now: Date;
  timeZone: string;
  firstPeriod: string;
  isClosed: (periodKey: string) => boolean;
}

export type RecordPeriodCheck =
  | { ok: true; periodKey: string }
  | { ok: false; periodKey: string; rule: "FUTURE" | "BEFORE_FIRST_PERIOD" | "CLOSED"; message: string };

export function checkRecordPeriod(eventAt: Date, context: RecordPeriodContext): RecordPeriodCheck {
  const periodKey = periodKeyOf(eventAt, context.timeZone);
  if (eventAt.getTime() > context.now.getTime()) {
    return { ok: false, periodKey, rule: "FUTURE", message: "The time cannot be in the future." };
  }
  if (periodKey < context.firstPeriod) {
    return {
      ok: false,
      periodKey,
      rule: "BEFORE_FIRST_PERIOD",
      message: `${periodKey} comes before the network's first period, ${context.firstPeriod}: records start there.`,
    };
  }
  if (context.isClosed(periodKey)) {
    return {
      ok: false,
      periodKey,
      rule: "CLOSED",
      message: `${periodKey} is closed: it accepts no new or edited records.`,
    };
  }
  return { ok: true, periodKey };
}
