// Submits an auditor's own draft: every item answered (not all N/A), the record checks passed
// again (time may have moved on), and the raw score stored; the policy's cap applies when scored.
import { rawChecklistScore } from "../../../shared/domain/checklist-score.ts";
import type { TSubmitReportInput } from "../../../shared/schemas/reports.ts";
import type { ActingUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import { auditActor, recordAudit } from "../audit/record-audit.ts";
import { assertCenterAcceptsRecords } from "../centers/assert-accepts-records.ts";
import { assertCompleteForSubmission } from "./check-answers.ts";
import { assertRevision, findOwnDraft, revisionConflict } from "./report-access.ts";

export async function submitReport(db: Db, user: ActingUser, input: TSubmitReportInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const draft = await findOwnDraft(tx, user, input.reportId);
    assertRevision(draft, input.revision);
    const report = await tx.report.findUniqueOrThrow({
      where: { id: draft.id },
      select: {
        eventAt: true,
        templateVersion: {
          select: {
            items: { select: { id: true, code: true, weight: true, critical: true }, orderBy: { position: "asc" } },
          },
        },
        answers: { select: { answer: true, item: { select: { code: true, weight: true, critical: true } } } },
      },
    });
    await assertCenterAcceptsRecords(tx, user, {
      centerId: draft.centerId,
      eventAt: report.eventAt,
      eventField: "eventAt",
      now,
    });
    const answers = report.answers.map((a) => ({ itemCode: a.item.code, answer: a.answer, ...a.item }));
    assertCompleteForSubmission(answers, report.templateVersion.items);
    const score = rawChecklistScore(answers);
    const rawScore = (score.hundredths! / 100).toFixed(2);
    const updated = await tx.report.updateMany({
      where: { id: draft.id, revision: input.revision, status: "DRAFT" },
      data: {
        status: "SUBMITTED",
        rawScore,
        criticalFailed: score.criticalFailed,
        submittedAt: now,
        revision: { increment: 1 },
      },
    });
    if (updated.count === 0) throw revisionConflict(draft.id, draft.revision);
    await recordAudit(tx, {
      ...auditActor(user),
      action: "REPORT_SUBMITTED",
      entityType: "report",
      entityId: draft.id,
      before: { status: "DRAFT", revision: draft.revision },
      after: { status: "SUBMITTED", revision: draft.revision + 1, rawScore, criticalFailed: score.criticalFailed },
    });
    return {
      reportId: draft.id,
      revision: draft.revision + 1,
      status: "SUBMITTED" as const,
      rawScore: score.hundredths!,
      criticalFailed: score.criticalFailed,
    };
  });
}
