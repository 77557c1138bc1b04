// A complaint as the desk sees it: its clocks derived from its timeline as of now, its customer's
// phone masked (revealPhone is its own audited call), and the center named for the screen.
import {
  type Clock,
  clockAt,
  CENTER_ANSWER_HOURS,
  INTERVENTION_HOURS,
} from "../../../shared/domain/complaint-clock.ts";
import { maskCustomerPhone } from "../../../shared/domain/customer-phone.ts";
import type { Prisma } from "../../db/generated/client.ts";

/** The handler actions that count as stepping in (DOMAIN-2.md): TAKEN alone does not. */
export const INTERVENTION_KINDS = ["CUSTOMER_CONTACTED", "FORWARDED_TO_CENTER", "RESOLVED"] as const;

export const complaintSelect = {
  id: true,
  channel: true,
  channelRef: true,
  receivedAt: true,
  periodKey: true,
  workOrderNo: true,
  category: true,
  customerName: true,
  customerPhone: true,
  description: true,
  status: true,
  cycle: true,
  cycleStartedAt: true,
  finding: true,
  remedy: true,
  compensationYuan: true,
  counterfeitPartYuan: true,
  resolution: true,
  resolvedAt: true,
  handler: { select: { id: true, name: true } },
  center: {
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      region: { select: { id: true, code: true, nameZh: true, nameEn: true } },
    },
  },
} satisfies Prisma.ComplaintSelect;
export type ComplaintRow = Prisma.ComplaintGetPayload<{ select: typeof complaintSelect }>;

export const complaintEventSelect = {
  id: true,
  cycle: true,
  kind: true,
  at: true,
  note: true,
  finding: true,
  actor: { select: { id: true, name: true } },
} satisfies Prisma.ComplaintEventSelect;
export type ComplaintEventRow = Prisma.ComplaintEventGetPayload<{ select: typeof complaintEventSelect }>;

/** What the clocks of the current cycle are read from: that cycle's events, oldest first. */
export interface CycleEvents {
  kind: ComplaintEventRow["kind"];
  at: Date;
}

export interface ComplaintClocks {
  intervention: Clock;
  /** Present while (or after) the complaint was forwarded in this cycle: the center's 48 hours. */
  centerAnswer: Clock | null;
}

export function clocksOf(
  complaint: { cycleStartedAt: Date },
  cycleEvents: readonly CycleEvents[],
  now: Date,
): ComplaintClocks {
  const intervened = cycleEvents.find((e) => (INTERVENTION_KINDS as readonly string[]).includes(e.kind));
  const intervention = clockAt(
    { startedAt: complaint.cycleStartedAt, hours: INTERVENTION_HOURS, metAt: intervened?.at ?? null },
    now,
  );
  const forwarded = cycleEvents.findLast((e) => e.kind === "FORWARDED_TO_CENTER");
  if (!forwarded) return { intervention, centerAnswer: null };
  const answered = cycleEvents.find((e) => e.kind === "CENTER_ANSWERED" && e.at >= forwarded.at);
  const centerAnswer = clockAt(
    { startedAt: forwarded.at, hours: CENTER_ANSWER_HOURS, metAt: answered?.at ?? null },
    now,
  );
  return { intervention, centerAnswer };
}

function clockJson(clock: Clock) {
  return { state: clock.state, dueAt: clock.dueAt.toISOString(), msLeft: clock.msLeft };
}

/** The wire shape (ISO strings), phone masked unless `revealed`. */
export function complaintView(row: ComplaintRow, clocks: ComplaintClocks, options: { revealed?: boolean } = {}) {
  const { customerPhone, receivedAt, cycleStartedAt, resolvedAt, ...rest } = row;
  return {
    ...rest,
    customerPhone: options.revealed ? customerPhone : maskCustomerPhone(customerPhone),
    phoneRevealed: options.revealed === true,
    receivedAt: receivedAt.toISOString(),
    cycleStartedAt: cycleStartedAt.toISOString(),
    resolvedAt: resolvedAt?.toISOString() ?? null,
    clock: clockJson(clocks.intervention),
    centerClock: clocks.centerAnswer && clockJson(clocks.centerAnswer),
  };
}
