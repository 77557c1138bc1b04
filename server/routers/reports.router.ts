import {
  ZChecklistInput,
  ZListReportsInput,
  ZReportIdInput,
  ZSaveReportInput,
  ZSubmitReportInput,
  ZVoidReportInput,
} from "../../shared/schemas/reports.ts";
import { actingUser } from "../context.ts";
import { getCurrentChecklist } from "../services/reports/get-checklist.ts";
import { getReport } from "../services/reports/get-report.ts";
import { listReports } from "../services/reports/list-reports.ts";
import { saveReportDraft } from "../services/reports/save-report-draft.ts";
import { submitReport } from "../services/reports/submit-report.ts";
import { voidReport } from "../services/reports/void-report.ts";
import { requirePermission, router } from "../trpc.ts";

const readCenters = requirePermission("centers.read");
const writeReports = requirePermission("reports.write");

export const reportsRouter = router({
  checklist: readCenters.input(ZChecklistInput).query(({ ctx, input }) => getCurrentChecklist(ctx.db, input.kind)),
  list: readCenters.input(ZListReportsInput).query(({ ctx, input }) => listReports(ctx.db, ctx.user, input)),
  byId: readCenters.input(ZReportIdInput).query(({ ctx, input }) => getReport(ctx.db, ctx.user, input.reportId)),
  saveDraft: writeReports
    .input(ZSaveReportInput)
    .mutation(({ ctx, input }) => saveReportDraft(ctx.db, actingUser(ctx), input)),
  submit: writeReports
    .input(ZSubmitReportInput)
    .mutation(({ ctx, input }) => submitReport(ctx.db, actingUser(ctx), input)),
  void: requirePermission("reports.review")
    .input(ZVoidReportInput)
    .mutation(({ ctx, input }) => voidReport(ctx.db, actingUser(ctx), input)),
});
