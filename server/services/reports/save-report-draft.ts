// Creates or edits an auditor's draft visit or spot-check. An edit names the revision it started
// from; if the draft was saved elsewhere in between, the save is refused instead of overwriting.
import type { TSaveReportParsed } from "../../../shared/schemas/reports.ts";
import type { ActingUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import { auditActor, recordAudit } from "../audit/record-audit.ts";
import { assertCenterAcceptsRecords } from "../centers/assert-accepts-records.ts";
import { checklistVersionSelect, getCurrentChecklist } from "./get-checklist.ts";
import { matchAnswersToItems } from "./check-answers.ts";
import { findOwnDraft, revisionConflict } from "./report-access.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import { domainError } from "../../errors.ts";

export async function saveReportDraft(db: Db, user: ActingUser, input: TSaveReportParsed, now = new Date()) {
  return db.$transaction(async (tx) => {
    const existing = input.reportId === undefined ? null : await findOwnDraft(tx, user, input.reportId);
    if (existing && existing.kind !== input.kind) {
      throw domainError("BAD_REQUEST", "report.kindFixed", {
        id: String(existing.id),
        kind: ref(`word.kind.${existing.kind}`),
      });
    }
    const checklist = existing
      ? await tx.checklistTemplateVersion.findUniqueOrThrow({
          where: { id: existing.templateVersionId },
          select: checklistVersionSelect,
        })
      : await getCurrentChecklist(tx, input.kind);
    const { periodKey } = await assertCenterAcceptsRecords(tx, user, {
      centerId: input.centerId,
      eventAt: input.eventAt,
      eventField: "eventAt",
      now,
    });
    const answers = matchAnswersToItems(input.answers, checklist.items, checklist.version);
    const fields = {
      centerId: input.centerId,
      eventAt: input.eventAt,
      periodKey,
      scenario: input.kind === "VISIT" ? (input.scenario ?? null) : null,
      footageRef: input.kind === "SPOT_CHECK" ? (input.footageRef ?? null) : null,
      summary: input.summary || null,
    };

    let reportId: number;
    let revision: number;
    if (existing) {
      // The revision condition makes this atomic: a concurrent save leaves nothing to update here.
      const updated = await tx.report.updateMany({
        where: { id: existing.id, revision: input.revision!, status: "DRAFT" },
        data: { ...fields, revision: { increment: 1 } },
      });
      if (updated.count === 0) throw revisionConflict(existing.id, existing.revision);
      await tx.reportAnswer.deleteMany({ where: { reportId: existing.id } });
      reportId = existing.id;
      revision = input.revision! + 1;
    } else {
      const created = await tx.report.create({
        data: { ...fields, kind: input.kind, authorId: user.id, templateVersionId: checklist.id, status: "DRAFT" },
        select: { id: true, revision: true },
      });
      reportId = created.id;
      revision = created.revision;
    }
    await tx.reportAnswer.createMany({
      data: answers.map((a) => ({ reportId, itemId: a.itemId, answer: a.answer, note: a.note || null })),
    });
    await recordAudit(tx, {
      ...auditActor(user),
      action: existing ? "REPORT_DRAFT_EDITED" : "REPORT_DRAFT_CREATED",
      entityType: "report",
      entityId: reportId,
      before: existing ? { revision: existing.revision } : null,
      after: {
        revision,
        ...fields,
        eventAt: fields.eventAt.toISOString(),
        answers: answers.map((a) => `${a.itemCode}:${a.answer}`),
      },
    });
    return { reportId, revision, status: "DRAFT" as const };
  });
}
