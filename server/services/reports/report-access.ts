// Who may see and who may edit a report. A draft is its author's alone: for anyone else it does
// not exist (DOMAIN.md: never another auditor's drafts). Out-of-region reports are not found.
import type { SessionUser } from "../../context.ts";
import type { DbReader } from "../../db/create-database.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { centersInScope } from "../scope/region-scope.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import { type DomainError, domainError, notFound } from "../../errors.ts";

/** The reports `user` may see: submitted and voided ones of their regions, and their own drafts. */
export function reportsVisibleTo(user: SessionUser): Prisma.ReportWhereInput {
  return {
    center: centersInScope(user),
    OR: [{ status: { in: ["SUBMITTED", "VOIDED"] } }, { authorId: user.id }],
  };
}

/** The user's own draft, or a refusal that says why it cannot be edited. */
export async function findOwnDraft(db: DbReader, user: SessionUser, reportId: number) {
  const report = await db.report.findFirst({
    where: { AND: [{ id: reportId }, reportsVisibleTo(user)] },
    select: {
      id: true,
      kind: true,
      status: true,
      authorId: true,
      revision: true,
      templateVersionId: true,
      centerId: true,
    },
  });
  if (!report) throw notFound("notFound.report");
  if (report.status !== "DRAFT") {
    throw domainError("CONFLICT", "report.notEditable", {
      id: String(report.id),
      status: ref(`word.status.${report.status}`),
    });
  }
  if (report.authorId !== user.id) throw notFound("notFound.report");
  return report;
}

export function assertRevision(report: { id: number; revision: number }, expected: number): void {
  if (report.revision !== expected) throw revisionConflict(report.id, report.revision);
}

export function revisionConflict(reportId: number, current: number): DomainError {
  return domainError("CONFLICT", "report.savedElsewhere", { id: String(reportId), revision: current });
}
