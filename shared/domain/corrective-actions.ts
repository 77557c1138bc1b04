// Corrective actions (DOMAIN.md): OPEN → SUBMITTED → VERIFIED, or REJECTED back to OPEN.
// OVERDUE is never stored: an open or submitted action past its due date shows as overdue.
// CANCELLED is ours: a reopened period withdraws the actions its close opened, unless work was done.
import { addDays } from "date-fns";
import { TZDate } from "@date-fns/tz";
import { localDateOf, startOfLocalDate } from "./periods.ts";

export const CORRECTIVE_ACTION_STATUSES = ["OPEN", "SUBMITTED", "VERIFIED", "CANCELLED"] as const;
export type CorrectiveActionStatus = (typeof CORRECTIVE_ACTION_STATUSES)[number];
export type CorrectiveActionDisplayStatus = CorrectiveActionStatus | "OVERDUE";

export function correctiveActionDisplayStatus(
  status: CorrectiveActionStatus,
  dueAt: Date,
  now: Date,
): CorrectiveActionDisplayStatus {
  const unresolved = status === "OPEN" || status === "SUBMITTED";
  return unresolved && now.getTime() > dueAt.getTime() ? "OVERDUE" : status;
}

/**
 * Due on the local date `correctiveDays` calendar days after the close, in the policy's zone, until
 * the end of that date: a due date is a date. Stored as its last millisecond, so "past its due date"
 * is simply later than dueAt.
 */
export function correctiveActionDueAt(closedAt: Date, correctiveDays: number, timeZone: string): Date {
  const dueDate = localDateOf(addDays(new TZDate(closedAt.getTime(), timeZone), correctiveDays), timeZone);
  const nextDay = localDateOf(
    addDays(new TZDate(startOfLocalDate(dueDate, timeZone).getTime(), timeZone), 1),
    timeZone,
  );
  return new Date(startOfLocalDate(nextDay, timeZone).getTime() - 1);
}

/** The due date as people read it: the local date in the policy's zone. */
export function correctiveActionDueDate(dueAt: Date, timeZone: string): string {
  return localDateOf(dueAt, timeZone);
}
