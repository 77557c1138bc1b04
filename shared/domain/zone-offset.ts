// Fast, exact time-zone arithmetic for bulk work (a million callback rows): the zone's UTC offset
// is looked up once per quarter hour of UTC time and remembered. Zones change their offset on
// quarter-hour boundaries, so the cache cannot return a stale offset.
import { tzOffset } from "@date-fns/tz";

const QUARTER_HOUR = 15 * 60_000;
const cache = new Map<string, number>();

/** The zone's offset from UTC at `ms`, in milliseconds (Shanghai: +8 h). */
export function zoneOffsetMs(timeZone: string, ms: number): number {
  const key = `${timeZone}|${Math.floor(ms / QUARTER_HOUR)}`;
  let offset = cache.get(key);
  if (offset === undefined) {
    offset = tzOffset(timeZone, new Date(ms)) * 60_000;
    if (cache.size > 100_000) cache.clear();
    cache.set(key, offset);
  }
  return offset;
}

/** The instant of a local wall-clock time in `timeZone` (the earlier one when a time repeats). */
export function localTimeToInstant(
  fields: { year: number; month: number; day: number; hour: number; minute: number; second: number },
  timeZone: string,
): number {
  const wall = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
  const first = wall - zoneOffsetMs(timeZone, wall);
  const second = wall - zoneOffsetMs(timeZone, first);
  // Keep only candidates that really show this wall time: near a change of offset, the offset at
  // `wall` read as UTC can be the other side's (Lord Howe, 2018-10-06 15:30 is +10:30, not +11).
  const showsWall = (instant: number) => instant + zoneOffsetMs(timeZone, instant) === wall;
  const valid = [first, second].filter(showsWall);
  // No candidate inside a spring-forward gap (the time does not exist): the earlier guess.
  return valid.length > 0 ? Math.min(...valid) : Math.min(first, second);
}

/** The local calendar fields of an instant in `timeZone`. */
export function instantToLocal(ms: number, timeZone: string): { year: number; month: number } {
  const local = new Date(ms + zoneOffsetMs(timeZone, ms));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
}
