// One report with its checklist version and answers, for the form (a draft) or for reading.
import { cappedReportScore } from "../../../shared/domain/scoring.ts";
import type { SessionUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import { checklistVersionSelect } from "./get-checklist.ts";
import { criticalFailCaps } from "./list-reports.ts";
import { reportsVisibleTo } from "./report-access.ts";
import { notFound } from "../../errors.ts";

export async function getReport(db: Db, user: SessionUser, reportId: number) {
  const report = await db.report.findFirst({
    where: { AND: [{ id: reportId }, reportsVisibleTo(user)] },
    select: {
      id: true,
      kind: true,
      status: true,
      eventAt: true,
      periodKey: true,
      scenario: true,
      footageRef: true,
      summary: true,
      rawScore: true,
      criticalFailed: true,
      revision: true,
      submittedAt: true,
      voidedAt: true,
      voidReason: true,
      author: { select: { id: true, name: true } },
      center: { select: { id: true, code: true, name: true, city: true } },
      templateVersion: { select: checklistVersionSelect },
      answers: { select: { answer: true, note: true, item: { select: { code: true } } } },
    },
  });
  if (!report) throw notFound("notFound.report");
  const caps = await criticalFailCaps(db);
  const raw = report.rawScore === null ? null : report.rawScore.mul(100).toNumber();
  const cap = caps.closed.get(report.periodKey) ?? caps.current;
  const { answers, ...rest } = report;
  return {
    ...rest,
    rawScore: raw,
    score: raw === null ? null : cappedReportScore(raw, report.criticalFailed, cap),
    criticalFailCap: cap,
    answers: answers.map((a) => ({ itemCode: a.item.code, answer: a.answer, note: a.note })),
  };
}
