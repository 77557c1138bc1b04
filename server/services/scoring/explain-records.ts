// The records behind one center's score in one period, for the explain view: its submitted and
// voided reports and its callbacks, read in one round trip (times arrive as ISO text).
import type { DbReader } from "../../db/create-database.ts";

export interface ExplainRecords {
  reports: {
    id: number;
    kind: "VISIT" | "SPOT_CHECK";
    eventAt: string;
    status: "SUBMITTED" | "VOIDED";
    authorName: string;
    /** Hundredths, before the critical-fail cap. */
    rawScore: number | null;
    criticalFailed: boolean;
    voidReason: string | null;
  }[];
  callbacks: {
    id: number;
    workOrderNo: string;
    calledAt: string;
    outcome: "REACHED" | "UNREACHABLE" | "REFUSED";
    rating: number | null;
  }[];
}

export async function readExplainRecords(db: DbReader, centerId: number, periodKey: string): Promise<ExplainRecords> {
  const [row] = await db.$queryRaw<{ records: string }[]>`
    SELECT json_build_object(
      'reports', (SELECT coalesce(json_agg(r ORDER BY r."eventAt", r.id), '[]') FROM (
        SELECT r.id, r.kind::text AS kind, r.event_at AS "eventAt", r.status::text AS status, u.name AS "authorName",
               (r.raw_score * 100)::int AS "rawScore", r.critical_failed AS "criticalFailed", r.void_reason AS "voidReason"
        FROM report r JOIN app_user u ON u.id = r.author_id
        WHERE r.center_id = ${centerId} AND r.period_key = ${periodKey} AND r.status IN ('SUBMITTED', 'VOIDED')) r),
      'callbacks', (SELECT coalesce(json_agg(c ORDER BY c."calledAt", c.id), '[]') FROM (
        SELECT id, work_order_no AS "workOrderNo", called_at AS "calledAt", outcome::text AS outcome, rating::int AS rating
        FROM callback WHERE center_id = ${centerId} AND period_key = ${periodKey}) c)
    )::text AS records`;
  return JSON.parse(row!.records) as ExplainRecords;
}
