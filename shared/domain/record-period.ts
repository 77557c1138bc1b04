// Which period a new or edited record belongs to, and whether that period takes records (DOMAIN.md,
// Periods and Bad input): not in the future, not before the network's first period, not closed.
// The forms' services and the CSV import both ask this one rule.
import { type MessageRef, ref } from "../messages/message-ref.ts";
import { periodKeyOf } from "./periods.ts";

export interface RecordPeriodContext {
  now: Date;
  timeZone: string;
  firstPeriod: string;
  isClosed: (periodKey: string) => boolean;
}

export type RecordPeriodCheck =
  | { ok: true; periodKey: string }
  | { ok: false; periodKey: string; rule: "FUTURE" | "BEFORE_FIRST_PERIOD" | "CLOSED"; message: MessageRef };

export function checkRecordPeriod(eventAt: Date, context: RecordPeriodContext): RecordPeriodCheck {
  const periodKey = periodKeyOf(eventAt, context.timeZone);
  if (eventAt.getTime() > context.now.getTime()) {
    return { ok: false, periodKey, rule: "FUTURE", message: ref("record.future") };
  }
  if (periodKey < context.firstPeriod) {
    return {
      ok: false,
      periodKey,
      rule: "BEFORE_FIRST_PERIOD",
      message: ref("record.beforeFirstPeriod", { periodKey, firstPeriod: context.firstPeriod }),
    };
  }
  if (context.isClosed(periodKey)) {
    return {
      ok: false,
      periodKey,
      rule: "CLOSED",
      message: ref("record.periodClosed", { periodKey }),
    };
  }
  return { ok: true, periodKey };
}
