// The desk's steps on a complaint (DOMAIN-2.md, Complaints): take it, contact the customer, forward it
// to the center (48 hours to answer), record the center's answer, add a note, reopen within 30 days.
// Contacting, forwarding and resolving are the intervention the 24-hour clock waits for.
import { REOPEN_DAYS, type TComplaintIdInput, type TComplaintNoteInput } from "../../../shared/schemas/complaints.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import type { ActingUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import type { ComplaintStatus } from "../../db/generated/client.ts";
import { domainError, fieldError } from "../../errors.ts";
import { notifyUsers } from "../notifications/notify.ts";
import { takeComplaintStep } from "./complaint-step.ts";

const OPEN: readonly ComplaintStatus[] = ["NEW", "IN_PROGRESS", "AWAITING_CENTER"];
const DAY_MS = 86_400_000;

/** Acting on a NEW complaint takes it as well. */
const takenBy = (user: ActingUser) => ({ handler: { connect: { id: user.id } } });

export function takeComplaint(db: Db, user: ActingUser, input: TComplaintIdInput, now = new Date()) {
  return takeComplaintStep(
    db,
    user,
    input,
    {
      action: "COMPLAINT_TAKEN",
      event: "TAKEN",
      from: OPEN,
      check: (complaint) => {
        if (complaint.handler?.id === user.id) throw domainError("CONFLICT", "complaint.alreadyYours");
      },
      change: (complaint) => ({
        ...takenBy(user),
        status: complaint.status === "NEW" ? "IN_PROGRESS" : complaint.status,
      }),
      alongside: (tx, complaint) =>
        notifyUsers(tx, [complaint.handler?.id ?? null], {
          message: ref("notice.complaintTakenOver", { complaintId: String(complaint.id), by: user.name }),
          entityType: "complaint",
          at: now,
          entityId: complaint.id,
        }),
    },
    now,
  );
}

export function contactCustomer(db: Db, user: ActingUser, input: TComplaintNoteInput, now = new Date()) {
  return takeComplaintStep(
    db,
    user,
    input,
    {
      action: "COMPLAINT_CUSTOMER_CONTACTED",
      event: "CUSTOMER_CONTACTED",
      from: OPEN,
      change: (complaint) => (complaint.status === "NEW" ? { ...takenBy(user), status: "IN_PROGRESS" } : {}),
    },
    now,
  );
}

export function forwardToCenter(db: Db, user: ActingUser, input: TComplaintNoteInput, now = new Date()) {
  return takeComplaintStep(
    db,
    user,
    input,
    {
      action: "COMPLAINT_FORWARDED",
      event: "FORWARDED_TO_CENTER",
      from: ["NEW", "IN_PROGRESS"],
      change: (complaint) => ({ ...(complaint.handler ? {} : takenBy(user)), status: "AWAITING_CENTER" }),
    },
    now,
  );
}

/** The center's answer, as the desk records it (the centers' own seat is the partner portal). */
export function recordCenterAnswer(db: Db, user: ActingUser, input: TComplaintNoteInput, now = new Date()) {
  return takeComplaintStep(
    db,
    user,
    input,
    {
      action: "COMPLAINT_CENTER_ANSWERED",
      event: "CENTER_ANSWERED",
      from: ["AWAITING_CENTER"],
      change: () => ({ status: "IN_PROGRESS" }),
    },
    now,
  );
}

export function addComplaintNote(db: Db, user: ActingUser, input: TComplaintNoteInput, now = new Date()) {
  return takeComplaintStep(
    db,
    user,
    input,
    {
      action: "COMPLAINT_NOTE_ADDED",
      event: "NOTE",
      from: [...OPEN, "RESOLVED"],
      change: () => ({}),
    },
    now,
  );
}

/** Within REOPEN_DAYS of resolving; a new cycle with a new 24-hour clock from now. */
export function reopenComplaint(db: Db, user: ActingUser, input: TComplaintNoteInput, now = new Date()) {
  return takeComplaintStep(
    db,
    user,
    input,
    {
      action: "COMPLAINT_REOPENED",
      event: "REOPENED",
      from: ["RESOLVED"],
      check: (complaint) => {
        const resolvedAt = complaint.resolvedAt!;
        if (now.getTime() - resolvedAt.getTime() > REOPEN_DAYS * DAY_MS)
          throw fieldError("CONFLICT", "note", "complaint.reopenWindowPassed", { days: REOPEN_DAYS });
      },
      change: (complaint) => ({
        ...takenBy(user),
        status: "IN_PROGRESS",
        cycle: complaint.cycle + 1,
        cycleStartedAt: now,
        finding: null,
        remedy: null,
        compensationYuan: null,
        counterfeitPartYuan: null,
        resolution: null,
        resolvedAt: null,
      }),
    },
    now,
  );
}
