// A regional manager (or HQ) voids a submitted report with a reason: it stops counting, stays
// visible, marked void. A closed period's reports cannot be voided until it is reopened.
import type { TVoidReportInput } from "../../../shared/schemas/reports.ts";
import type { ActingUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import { auditActor, recordAudit } from "../audit/record-audit.ts";
import { centersInScope } from "../scope/region-scope.ts";
import { domainError, notFound } from "../../errors.ts";

export async function voidReport(db: Db, user: ActingUser, input: TVoidReportInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({
      where: { id: input.reportId, center: centersInScope(user), status: { in: ["SUBMITTED", "VOIDED"] } },
      select: { id: true, status: true, periodKey: true, revision: true },
    });
    if (!report) throw notFound("notFound.report");
    if (report.status === "VOIDED") throw domainError("CONFLICT", "report.alreadyVoid", { id: String(report.id) });
    const period = await tx.period.findUnique({ where: { key: report.periodKey }, select: { status: true } });
    if (period?.status === "CLOSED") {
      throw domainError("CONFLICT", "report.periodClosedNoVoid", { periodKey: report.periodKey });
    }
    const updated = await tx.report.updateMany({
      where: { id: report.id, status: "SUBMITTED" },
      data: {
        status: "VOIDED",
        voidedAt: now,
        voidedById: user.id,
        voidReason: input.reason,
        revision: { increment: 1 },
      },
    });
    if (updated.count === 0) throw domainError("CONFLICT", "report.alreadyVoid", { id: String(report.id) });
    await recordAudit(tx, {
      ...auditActor(user),
      action: "REPORT_VOIDED",
      entityType: "report",
      entityId: report.id,
      before: { status: "SUBMITTED", revision: report.revision },
      after: { status: "VOIDED", revision: report.revision + 1, reason: input.reason },
    });
    return { reportId: report.id, status: "VOIDED" as const };
  });
}
