// Complaints for tests, recorded through the desk's own procedure.
import type { SessionUser } from "../../server/context.ts";
import type { Db } from "../../server/db/create-database.ts";
import type { TRecordComplaintInput } from "../../shared/schemas/complaints.ts";
import { callerFor } from "../helpers/callers.ts";

let sequence = 0;
const HOUR = 3_600_000;

/** A hotline complaint received `hoursAgo` hours ago (fractions allowed). */
export async function makeComplaint(
  db: Db,
  handler: SessionUser,
  input: { centerId: number; hoursAgo: number } & Partial<TRecordComplaintInput>,
) {
  const { hoursAgo, ...fields } = input;
  return callerFor(db, handler).complaints.record({
    channel: "HOTLINE",
    channelRef: `HL-T-${++sequence}`,
    receivedAt: new Date(Date.now() - hoursAgo * HOUR).toISOString(),
    category: "ATTITUDE",
    customerName: "王先生",
    customerPhone: "138 1234 5678",
    description: "店员态度恶劣，不解释收费。",
    ...fields,
  });
}
