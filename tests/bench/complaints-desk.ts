// The complaints desk at scale (issue 16): a year of complaints with their timelines generated in
// the database, then the desk's queue (first page, most urgent first, with its counts) and its
// adherence dashboard, over HTTP, each against the single best hand-written SQL for the same answer.
import type { Db } from "../../server/db/create-database.ts";

const CHANNELS = "ARRAY['HOTLINE','APP','SOCIAL_MEDIA','EMAIL','CALLBACK','OTHER']";
const CATEGORIES =
  "ARRAY['ATTITUDE','OVERCHARGE','NON_GENUINE_PART','WARRANTY_REFUSED','REPAIR_QUALITY','WAITING_TIME','OTHER']";

/**
 * `count` complaints over the last 365 days, spread over every center: those of the last 3 days open
 * (a third nobody has stepped in on yet), the rest resolved; stepped in after 0–29 hours (so about a
 * sixth are breached), resolved 40 hours after receipt. Set-based, inside the database.
 */
export async function generateComplaints(db: Db, count: number): Promise<void> {
  // Constant SQL text (no values joined in but the row count, a number).
  const n = Math.floor(count);
  await db.$executeRawUnsafe(`
    INSERT INTO complaint (channel, channel_ref, received_at, period_key, center_id, category, customer_name,
                           customer_phone, description, status, cycle, cycle_started_at, finding, remedy,
                           resolution, resolved_at, updated_at)
    SELECT (${CHANNELS})[1 + g % 6]::"ComplaintChannel", 'BENCH-' || g, s.ts,
           to_char(s.ts AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'),
           (SELECT min(id) FROM center) + g % (SELECT count(*) FROM center),
           (${CATEGORIES})[1 + (g / 7) % 7]::"ComplaintCategory", '客户', '138' || lpad((g % 100000000)::text, 8, '0'),
           '基准测试投诉', s.status::"ComplaintStatus", 0, s.ts,
           CASE WHEN s.status = 'RESOLVED' THEN (CASE WHEN g % 4 = 0 THEN 'UPHELD' ELSE 'NOT_UPHELD' END)::"ComplaintFinding" END,
           CASE WHEN s.status = 'RESOLVED' THEN 'NONE'::"ComplaintRemedy" END,
           CASE WHEN s.status = 'RESOLVED' THEN '已处理' END,
           CASE WHEN s.status = 'RESOLVED' THEN s.ts + interval '40 hours' END, now()
    FROM generate_series(1, ${n}) g
    CROSS JOIN LATERAL (
      SELECT t.ts, CASE WHEN t.ts > now() - interval '3 days'
                        THEN CASE WHEN g % 3 = 0 THEN 'NEW' ELSE 'IN_PROGRESS' END ELSE 'RESOLVED' END AS status
      FROM (SELECT now() - ((g::bigint * 7919) % (365 * 86400)) * interval '1 second' AS ts) t) s`);
  await db.$executeRawUnsafe(`
    INSERT INTO complaint_event (complaint_id, cycle, kind, at)
    SELECT id, 0, 'RECORDED'::"ComplaintEventKind", received_at FROM complaint WHERE channel_ref LIKE 'BENCH-%'
    UNION ALL
    SELECT id, 0, 'CUSTOMER_CONTACTED'::"ComplaintEventKind", received_at + (id % 30) * interval '1 hour'
    FROM complaint WHERE channel_ref LIKE 'BENCH-%' AND status <> 'NEW' AND received_at + (id % 30) * interval '1 hour' < now()
    UNION ALL
    SELECT id, 0, 'RESOLVED'::"ComplaintEventKind", resolved_at FROM complaint WHERE channel_ref LIKE 'BENCH-%' AND status = 'RESOLVED'`);
  await db.$executeRawUnsafe("VACUUM ANALYZE complaint");
  await db.$executeRawUnsafe("VACUUM ANALYZE complaint_event");
}

const INTERVENTION = "('CUSTOMER_CONTACTED','FORWARDED_TO_CENTER','RESOLVED')";
const STATE = (startedAt: string, metAt: string) => `CASE
    WHEN ${metAt} IS NOT NULL AND ${metAt} <= now() THEN CASE WHEN ${metAt} <= ${startedAt} + interval '24 hours' THEN 'MET' ELSE 'BREACHED' END
    WHEN now() > ${startedAt} + interval '24 hours' THEN 'BREACHED'
    WHEN ${startedAt} + interval '24 hours' - now() <= interval '4 hours' THEN 'AT_RISK' ELSE 'RUNNING' END`;

/** The queue's first page (ids in order, with center and handler) and its counts, in one statement. */
const QUEUE_SQL = `
    WITH q AS (
      SELECT k.*, (SELECT min(e.at) FROM complaint_event e WHERE e.complaint_id = k.id AND e.cycle = k.cycle
                   AND e.kind IN ${INTERVENTION}) AS met_at
      FROM complaint k WHERE k.status <> 'RESOLVED'),
    s AS (SELECT q.*, ${STATE("q.cycle_started_at", "q.met_at")} AS clock FROM q)
    SELECT (SELECT json_agg(p) FROM (
              SELECT s.id, s.channel, s.channel_ref, s.category, s.status, s.received_at, s.customer_phone, s.clock,
                     c.code, c.name, u.name AS handler
              FROM s JOIN center c ON c.id = s.center_id LEFT JOIN app_user u ON u.id = s.handler_id
              ORDER BY (s.met_at IS NULL) DESC, CASE WHEN s.met_at IS NULL THEN s.cycle_started_at END,
                       (s.status = 'AWAITING_CENTER') DESC, s.received_at DESC, s.id DESC
              LIMIT 50) p) AS page,
           (SELECT json_object_agg(clock, n) FROM (SELECT clock, count(*) AS n FROM s GROUP BY clock) g) AS counts`;

export async function queueLimit(db: Db): Promise<unknown> {
  // Constant SQL text: nothing of a request's is joined into it.
  return db.$queryRawUnsafe(QUEUE_SQL);
}

/** Adherence per month (12) and per week (12), by region and channel (the weeks), and the latest 50 breaches. */
const ADHERENCE_SQL = `
    WITH since AS (SELECT date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - interval '11 months' AS m,
                          date_trunc('week', now() AT TIME ZONE 'Asia/Shanghai') - interval '11 weeks' AS w),
    cy AS (
      SELECT k.id, k.channel, c.region_id, 0 AS cycle, k.received_at AS started_at
      FROM complaint k JOIN center c ON c.id = k.center_id, since
      WHERE k.received_at >= least(since.m, since.w) AT TIME ZONE 'Asia/Shanghai'
      UNION ALL
      SELECT k.id, k.channel, c.region_id, r.cycle, r.at FROM complaint_event r
      JOIN complaint k ON k.id = r.complaint_id JOIN center c ON c.id = k.center_id, since
      WHERE r.kind = 'REOPENED' AND r.at >= least(since.m, since.w) AT TIME ZONE 'Asia/Shanghai'),
    met AS (SELECT complaint_id, cycle, min(at) AS at FROM complaint_event, since
            WHERE kind IN ${INTERVENTION} AND at >= least(since.m, since.w) AT TIME ZONE 'Asia/Shanghai'
            GROUP BY complaint_id, cycle),
    q AS MATERIALIZED (
      SELECT cy.*, met.at AS met_at, ${STATE("cy.started_at", "met.at")} AS state, cy.started_at AT TIME ZONE 'Asia/Shanghai' AS local
      FROM cy LEFT JOIN met ON met.complaint_id = cy.id AND met.cycle = cy.cycle)
    SELECT (SELECT json_agg(x) FROM (
              SELECT 'month' AS dim, to_char(local, 'YYYY-MM') AS b, count(*) FILTER (WHERE state = 'MET') AS met,
                     count(*) FILTER (WHERE state IN ('MET','BREACHED')) AS due FROM q, since WHERE local >= since.m GROUP BY 2
              UNION ALL
              SELECT 'week', to_char(date_trunc('week', local), 'YYYY-MM-DD'), count(*) FILTER (WHERE state = 'MET'),
                     count(*) FILTER (WHERE state IN ('MET','BREACHED')) FROM q, since WHERE local >= since.w GROUP BY 2
              UNION ALL
              SELECT 'region', region_id::text, count(*) FILTER (WHERE state = 'MET'),
                     count(*) FILTER (WHERE state IN ('MET','BREACHED')) FROM q, since WHERE local >= since.w GROUP BY 2
              UNION ALL
              SELECT 'channel', channel::text, count(*) FILTER (WHERE state = 'MET'),
                     count(*) FILTER (WHERE state IN ('MET','BREACHED')) FROM q, since WHERE local >= since.w GROUP BY 2) x) AS buckets,
           (SELECT json_agg(b) FROM (SELECT q.id, k.channel_ref, c.code, q.started_at, q.met_at FROM q
              JOIN complaint k ON k.id = q.id JOIN center c ON c.id = k.center_id
              WHERE q.state = 'BREACHED' ORDER BY q.started_at DESC, q.id DESC LIMIT 50) b) AS breaches`;

export async function adherenceLimit(db: Db): Promise<unknown> {
  return db.$queryRawUnsafe(ADHERENCE_SQL);
}
