// Corrective actions (DOMAIN.md): OPEN → SUBMITTED → VERIFIED, or REJECTED back to OPEN.
// OVERDUE is never stored: an open or submitted action past its due date shows as overdue.
// CANCELLED is ours: a reopened period withdraws the actions its close opened, unless work was done.
import { addDays } from "date-fns";
import { TZDate } from "@date-fns/tz";

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

/** Due `correctiveDays` calendar days after the close, at the same local time in the policy's zone. */
export function correctiveActionDueAt(closedAt: Date, correctiveDays: number, timeZone: string): Date {
  return new Date(addDays(new TZDate(closedAt.getTime(), timeZone), correctiveDays).getTime());
}
