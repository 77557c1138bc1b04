// "My reports" for an auditor (their drafts, submitted and void reports); every submitted or void
// report of their regions for a regional manager or headquarters. Scores shown are the counted ones:
// the raw score with the critical-fail cap of the period's policy (closed) or the current one (open).
import { cappedReportScore } from "../../../shared/domain/scoring.ts";
import { REPORTS_PAGE_SIZE, type TListReportsInput } from "../../../shared/schemas/reports.ts";
import type { SessionUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { currentPolicyVersion } from "../policy/policy-record.ts";
import { reportsVisibleTo } from "./report-access.ts";

/** A page of the reports the user may see, newest first, and how many there are in all. */
export async function listReports(db: Db, user: SessionUser, input: TListReportsInput) {
  const filters: Prisma.ReportWhereInput[] = [reportsVisibleTo(user)];
  if (input.mine || user.role === "AUDITOR") filters.push({ authorId: user.id });
  if (input.status) filters.push({ status: input.status });
  if (input.kind) filters.push({ kind: input.kind });
  if (input.centerId) filters.push({ centerId: input.centerId });
  if (input.periodKey) filters.push({ periodKey: input.periodKey });
  if (input.search) {
    const text = input.search;
    filters.push({
      center: {
        OR: [
          { code: { contains: text, mode: "insensitive" } },
          { name: { contains: text, mode: "insensitive" } },
          { city: { contains: text, mode: "insensitive" } },
        ],
      },
    });
  }
  const where = { AND: filters };
  const [total, rows, caps] = await Promise.all([
    db.report.count({ where }),
    db.report.findMany({
      where,
      select: {
        id: true,
        kind: true,
        status: true,
        eventAt: true,
        periodKey: true,
        scenario: true,
        footageRef: true,
        rawScore: true,
        criticalFailed: true,
        revision: true,
        updatedAt: true,
        submittedAt: true,
        voidReason: true,
        author: { select: { id: true, name: true } },
        center: { select: { id: true, code: true, name: true, city: true } },
      },
      orderBy: [{ eventAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * REPORTS_PAGE_SIZE,
      take: REPORTS_PAGE_SIZE,
    }),
    criticalFailCaps(db),
  ]);
  return {
    total,
    page: input.page,
    pageSize: REPORTS_PAGE_SIZE,
    rows: rows.map(({ rawScore, ...row }) => {
      const raw = rawScore === null ? null : rawScore.mul(100).toNumber();
      const cap = caps.closed.get(row.periodKey) ?? caps.current;
      return { ...row, rawScore: raw, score: raw === null ? null : cappedReportScore(raw, row.criticalFailed, cap) };
    }),
  };
}

/** The critical-fail cap per closed period, and the current policy's for open ones (hundredths). */
export async function criticalFailCaps(db: Db): Promise<{ closed: Map<string, number>; current: number }> {
  const [closed, current] = await Promise.all([
    db.period.findMany({
      where: { status: "CLOSED" },
      select: { key: true, policyVersion: { select: { criticalFailCap: true } } },
    }),
    currentPolicyVersion(db),
  ]);
  return {
    closed: new Map(
      closed.map((p) => [p.key, p.policyVersion ? p.policyVersion.criticalFailCap.mul(100).toNumber() : 0]),
    ),
    current: current.policy.criticalFailCapHundredths,
  };
}
