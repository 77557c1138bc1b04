// The customer's full phone number, on the complaint itself, for the desk and headquarters only
// (the permission): every reveal is an audit entry (DOMAIN-2.md, Complaints: personal data).
import type { TComplaintIdInput } from "../../../shared/schemas/complaints.ts";
import type { ActingUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import { auditActor, recordAudit } from "../audit/record-audit.ts";
import { assertComplaintInScope } from "./complaint-access.ts";

export async function revealCustomerPhone(db: Db, user: ActingUser, input: TComplaintIdInput) {
  return db.$transaction(async (tx) => {
    const complaint = await assertComplaintInScope(tx, user, input.complaintId);
    await recordAudit(tx, {
      ...auditActor(user),
      action: "COMPLAINT_PHONE_REVEALED",
      entityType: "complaint",
      entityId: complaint.id,
    });
    return { complaintId: complaint.id, customerPhone: complaint.customerPhone };
  });
}
