// Times are entered and shown in the policy's time zone (Asia/Shanghai by default), whatever the
// browser's own zone: an <input type="datetime-local"> value is a wall-clock time in that zone.
// Instants arrive as ISO strings (JSON has no dates; RouterOutputs types them as strings).
import { useQuery } from "@tanstack/react-query";
import { DEFAULT_TIME_ZONE, formatLocalMinute, localDateOf } from "../../../shared/domain/periods.ts";
import { useTRPC } from "./trpc.ts";
import { localTimeToInstant } from "../../../shared/domain/zone-offset.ts";

/** "2026-11-20T14:30" in `timeZone` → ISO instant; null when empty or malformed. */
export function wallTimeToIso(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  return new Date(localTimeToInstant({ year, month, day, hour, minute, second: 0 }, timeZone)).toISOString();
}

/** An instant as the value of a datetime-local input, in `timeZone`. */
export function isoToWallTime(instant: string, timeZone: string): string {
  return formatLocalMinute(new Date(instant), timeZone).replace(" ", "T");
}

export function formatInZone(instant: string, timeZone: string): string {
  return formatLocalMinute(new Date(instant), timeZone);
}

/** The local date of an instant in `timeZone`, "YYYY-MM-DD": how due dates and other dates are shown. */
export function formatDateInZone(instant: string, timeZone: string): string {
  return localDateOf(new Date(instant), timeZone);
}

/**
 * The network's clock: the current policy's time zone, or the default while it loads (or before the
 * first policy is saved). Every screen that shows or takes a time uses this one.
 */
export function useNetworkTimeZone(): string {
  const trpc = useTRPC();
  const policy = useQuery(trpc.policy.current.queryOptions());
  return policy.data?.policy.timeZone ?? DEFAULT_TIME_ZONE;
}
