// Finding a complaint for a user: through its center's scope, so a complaint outside it is not found.
// A change locks the row first, so two handlers acting at once are served one after the other.
import type { SessionUser } from "../../context.ts";
import type { DbReader, DbTransaction } from "../../db/create-database.ts";
import { notFound } from "../../errors.ts";
import { centersInScope } from "../scope/region-scope.ts";
import { clocksOf, complaintEventSelect, complaintSelect, complaintView } from "./complaint-view.ts";

export async function assertComplaintInScope(db: DbReader, user: SessionUser, complaintId: number) {
  const found = await db.complaint.findFirst({
    where: { id: complaintId, center: centersInScope(user) },
    select: complaintSelect,
  });
  if (!found) throw notFound("notFound.complaint");
  return found;
}

/** Locks the complaint's row for the rest of the transaction and reads it. */
export async function lockComplaint(tx: DbTransaction, user: SessionUser, complaintId: number) {
  await tx.$queryRaw`SELECT id FROM complaint WHERE id = ${complaintId} FOR UPDATE`;
  return assertComplaintInScope(tx, user, complaintId);
}

/** The complaint with its timeline and clocks as of `now`. */
export async function readComplaint(
  db: DbReader,
  user: SessionUser,
  complaintId: number,
  now: Date,
  options: { revealed?: boolean } = {},
) {
  const complaint = await assertComplaintInScope(db, user, complaintId);
  const events = await db.complaintEvent.findMany({
    where: { complaintId },
    select: complaintEventSelect,
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  const clocks = clocksOf(
    complaint,
    events.filter((e) => e.cycle === complaint.cycle),
    now,
  );
  return {
    ...complaintView(complaint, clocks, options),
    timeline: events.map((e) => ({ ...e, at: e.at.toISOString() })),
  };
}
