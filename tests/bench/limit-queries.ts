// The physical limits: the single best hand-written SQL for the same numbers as each procedure,
// run directly on the same database.
import type { Db } from "../../server/db/create-database.ts";
import { DEFAULT_SCORING_POLICY } from "../../shared/domain/policy.ts";
import { periodBounds, shiftPeriod } from "../../shared/domain/periods.ts";

/**
 * The scoring of every center for a period ($1) whose end is $2, as one statement, hand-written for
 * the default policy (weights 40/30/30, minimums 1/10/1, threshold 80, critical-fail cap 0).
 */
const SCORING_SQL = `
    WITH r AS (SELECT center_id, kind, count(*) AS n,
                      sum(CASE WHEN critical_failed THEN least(raw_score * 100, 0) ELSE raw_score * 100 END)::bigint AS total
               FROM report WHERE period_key = $1 AND status = 'SUBMITTED' GROUP BY center_id, kind),
         k AS (SELECT center_id, count(*) AS n, count(*) FILTER (WHERE rating >= 4) AS sat
               FROM callback WHERE period_key = $1 AND outcome = 'REACHED' GROUP BY center_id),
         s AS (SELECT c.id, c.code, c.name, c.kind, c.city, c.city_tier, c.region_id, c.failure_streak,
                      coalesce(v.n, 0) vn, (2 * v.total + v.n) / (2 * v.n) vh,
                      coalesce(k.n, 0) kn, (2 * k.sat * 10000 + k.n) / (2 * k.n) kh,
                      coalesce(x.n, 0) xn, (2 * x.total + x.n) / (2 * x.n) xh
               FROM center c
               LEFT JOIN r v ON v.center_id = c.id AND v.kind = 'VISIT'
               LEFT JOIN k ON k.center_id = c.id
               LEFT JOIN r x ON x.center_id = c.id AND x.kind = 'SPOT_CHECK'
               WHERE NOT EXISTS (SELECT 1 FROM revocation_proposal rp WHERE rp.center_id = c.id AND rp.status = 'ISSUED'
                                   AND rp.effective_at < $2::timestamptz)),
         w AS (SELECT *, CASE WHEN vn >= 1 THEN 40 ELSE 0 END vw, CASE WHEN kn >= 10 THEN 30 ELSE 0 END kw,
                         CASE WHEN xn >= 1 THEN 30 ELSE 0 END xw FROM s)
    SELECT *, CASE WHEN vw + kw + xw > 0 THEN (2 * (vw * coalesce(vh, 0) + kw * coalesce(kh, 0) + xw * coalesce(xh, 0)) + vw + kw + xw) / (2 * (vw + kw + xw)) END AS composite
    FROM w`;

const periodEnd = (periodKey: string) => periodBounds(periodKey, DEFAULT_SCORING_POLICY.timeZone).end.toISOString();

/** The scorecard of an open period: scores plus each center's status facts, one statement. */
export async function scorecardLimit(db: Db, periodKey: string): Promise<number> {
  const rows = await db.$queryRawUnsafe<unknown[]>(
    // Constant SQL text joined (no values): the period and its end travel as parameters.
    "WITH sc AS (" +
      SCORING_SQL +
      `),
         ca AS (SELECT center_id, count(*)::int n FROM corrective_action WHERE status IN ('OPEN', 'SUBMITTED') GROUP BY center_id),
         cs AS (SELECT center_id, bool_or(status = 'ISSUED') revoked, bool_or(status = 'PROPOSED') pending
                FROM revocation_proposal WHERE status IN ('ISSUED', 'PROPOSED') GROUP BY center_id),
         -- The same trend the scorecard shows: the composites of the six closed months before.
         tr AS (SELECT e.center_id, array_agg((e.composite * 100)::int ORDER BY e.period_key) composites,
                       array_agg(e.period_key::text ORDER BY e.period_key) period_keys
                FROM evaluation e JOIN period p ON p.key = e.period_key
                WHERE p.status = 'CLOSED' AND e.period_key >= $3 AND e.period_key < $1 GROUP BY e.center_id)
    SELECT sc.id, sc.code, sc.name, sc.kind::text, sc.city, sc.city_tier::int, sc.region_id, sc.failure_streak,
           sc.vh::int, sc.vn::int, sc.kh::int, sc.kn::int, sc.xh::int, sc.xn::int, sc.composite::int,
           coalesce(ca.n, 0) open_actions, coalesce(cs.revoked, false) revoked, coalesce(cs.pending, false) pending,
           tr.composites, tr.period_keys
    FROM sc LEFT JOIN ca ON ca.center_id = sc.id LEFT JOIN cs ON cs.center_id = sc.id LEFT JOIN tr ON tr.center_id = sc.id`,
    periodKey,
    periodEnd(periodKey),
    shiftPeriod(periodKey, -6),
  );
  return rows.length;
}

/** The evaluations a close computes, written by one INSERT … SELECT (into a scratch table). */
export async function closeLimit(db: Db, periodKey: string): Promise<number> {
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS bench_close_limit`);
  await db.$executeRawUnsafe(
    `CREATE TABLE bench_close_limit AS ${SCORING_SQL} LIMIT 0`,
    periodKey,
    periodEnd(periodKey),
  );
  return db.$executeRawUnsafe(`INSERT INTO bench_close_limit ${SCORING_SQL}`, periodKey, periodEnd(periodKey));
}

/** One center's explanation: its evaluation, reports and callbacks, one statement. */
export async function explainLimit(db: Db, centerId: number, periodKey: string): Promise<void> {
  await db.$queryRaw`
    SELECT (SELECT row_to_json(e) FROM evaluation e WHERE e.center_id = ${centerId} AND e.period_key = ${periodKey}) AS evaluation,
           (SELECT json_agg(r ORDER BY r.event_at) FROM (SELECT r.id, r.kind, r.event_at, r.status, r.raw_score, r.critical_failed, u.name
              FROM report r JOIN app_user u ON u.id = r.author_id
              WHERE r.center_id = ${centerId} AND r.period_key = ${periodKey} AND r.status IN ('SUBMITTED', 'VOIDED')) r) AS reports,
           (SELECT json_agg(c ORDER BY c.called_at) FROM (SELECT id, work_order_no, called_at, outcome, rating FROM callback
              WHERE center_id = ${centerId} AND period_key = ${periodKey}) c) AS callbacks`;
}
