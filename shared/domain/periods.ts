// Evaluation periods are calendar months in the organisation's time zone, keyed YYYY-MM.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { instantToLocal } from "./zone-offset.ts";

export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

export type PeriodKey = `${number}-${number}`;

const PERIOD_KEY_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The period containing `instant` in `timeZone`: 2026-10-31T16:30:00Z is 2026-11 in Shanghai. */
export function periodKeyOf(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): PeriodKey {
  const { year, month } = instantToLocal(instant.getTime(), timeZone);
  return formatPeriodKey(year, month);
}

export function formatPeriodKey(year: number, month: number): PeriodKey {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}` as PeriodKey;
}

export function parsePeriodKey(key: string): { year: number; month: number } {
  const match = PERIOD_KEY_PATTERN.exec(key);
  if (!match) throw new Error(`"${key}" is not a period: expected YYYY-MM`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** Adds `months` (may be negative) to a period key. */
export function shiftPeriod(key: string, months: number): PeriodKey {
  const { year, month } = parsePeriodKey(key);
  const index = year * 12 + (month - 1) + months;
  return formatPeriodKey(Math.floor(index / 12), (index % 12) + 1);
}

/** The first instant of the period, and the first instant of the next one, in `timeZone`. */
export function periodBounds(key: string, timeZone: string = DEFAULT_TIME_ZONE): { start: Date; end: Date } {
  const { year, month } = parsePeriodKey(key);
  const start = new TZDate(year, month - 1, 1, 0, 0, 0, 0, timeZone);
  const end = new TZDate(year, month, 1, 0, 0, 0, 0, timeZone);
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
}

/** "2026-12-01 00:00" in `timeZone`: how times appear in messages. */
export function formatLocalMinute(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd HH:mm");
}

/** "2026-12-01T22:31:05.120+08:00": an instant exactly, as the clock in `timeZone` read it (exports). */
export function formatLocalInstant(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
}

/** The local calendar date of an instant, "YYYY-MM-DD", in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd");
}

/** The first instant of a local date "YYYY-MM-DD" in `timeZone`. */
export function startOfLocalDate(date: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, 0, 0, 0, 0, timeZone).getTime());
}
