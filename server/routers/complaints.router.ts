import {
  ZComplaintIdInput,
  ZComplaintNoteInput,
  ZDeskDashboardInput,
  ZListComplaintsInput,
  ZRecordComplaintInput,
  ZResolveComplaintInput,
} from "../../shared/schemas/complaints.ts";
import { actingUser } from "../context.ts";
import { readComplaint } from "../services/complaints/complaint-access.ts";
import {
  addComplaintNote,
  contactCustomer,
  forwardToCenter,
  recordCenterAnswer,
  reopenComplaint,
  takeComplaint,
} from "../services/complaints/complaint-steps.ts";
import { deskDashboard } from "../services/complaints/desk-dashboard.ts";
import { listComplaints } from "../services/complaints/list-complaints.ts";
import { recordComplaint } from "../services/complaints/record-complaint.ts";
import { resolveComplaint } from "../services/complaints/resolve-complaint.ts";
import { revealCustomerPhone } from "../services/complaints/reveal-customer-phone.ts";
import { COMPLAINT_IMPORT } from "../services/complaints/complaint-import-kind.ts";
import { requirePermission, router } from "../trpc.ts";
import { importProcedures } from "./import-procedures.ts";

const read = requirePermission("complaints.read");
const handle = requirePermission("complaints.handle");
const step = handle.input(ZComplaintNoteInput);

// Uploading and validating the hotline's file is POST /api/complaint-imports (server/http/csv-import-route.ts).
export const complaintsRouter = router({
  ...importProcedures(COMPLAINT_IMPORT),
  list: read.input(ZListComplaintsInput).query(({ ctx, input }) => listComplaints(ctx.db, ctx.user, input)),
  get: read
    .input(ZComplaintIdInput)
    .query(({ ctx, input }) => readComplaint(ctx.db, ctx.user, input.complaintId, new Date())),
  record: handle
    .input(ZRecordComplaintInput)
    .mutation(({ ctx, input }) => recordComplaint(ctx.db, actingUser(ctx), input)),
  revealPhone: handle
    .input(ZComplaintIdInput)
    .mutation(({ ctx, input }) => revealCustomerPhone(ctx.db, actingUser(ctx), input)),
  take: handle.input(ZComplaintIdInput).mutation(({ ctx, input }) => takeComplaint(ctx.db, actingUser(ctx), input)),
  contactCustomer: step.mutation(({ ctx, input }) => contactCustomer(ctx.db, actingUser(ctx), input)),
  forward: step.mutation(({ ctx, input }) => forwardToCenter(ctx.db, actingUser(ctx), input)),
  centerAnswer: step.mutation(({ ctx, input }) => recordCenterAnswer(ctx.db, actingUser(ctx), input)),
  addNote: step.mutation(({ ctx, input }) => addComplaintNote(ctx.db, actingUser(ctx), input)),
  resolve: handle
    .input(ZResolveComplaintInput)
    .mutation(({ ctx, input }) => resolveComplaint(ctx.db, actingUser(ctx), input)),
  reopen: step.mutation(({ ctx, input }) => reopenComplaint(ctx.db, actingUser(ctx), input)),
  dashboard: requirePermission("complaints.dashboard")
    .input(ZDeskDashboardInput)
    .query(({ ctx, input }) => deskDashboard(ctx.db, ctx.user, input)),
});
