// Headquarters' view of the desk (DOMAIN-2.md, Complaints): adherence (MET ÷ all due) per week and
// per month, by region and by channel, and the latest breaches. Every cycle of a complaint counts
// (a reopening starts a new 24-hour clock); a clock still running is not yet due and not counted.
// Weeks (Monday first) and months are the network's local ones. By region and channel: the weeks shown.
import { ADHERENCE_TARGET, INTERVENTION_HOURS } from "../../../shared/domain/complaint-clock.ts";
import { shiftPeriod, periodKeyOf } from "../../../shared/domain/periods.ts";
import type { ComplaintChannel, TDeskDashboardInput } from "../../../shared/schemas/complaints.ts";
import type { SessionUser } from "../../context.ts";
import type { DbReader } from "../../db/create-database.ts";
import { Prisma } from "../../db/generated/client.ts";
import { queryJsonRows } from "../../db/json-rows.ts";
import { networkTimeZone } from "../policy/policy-record.ts";
import { centerSelectionFor, centerSelectionSql } from "../scope/center-selection.ts";
import { clockStateSql } from "./complaint-clock-sql.ts";
import { INTERVENTION_KINDS } from "./complaint-view.ts";

export const DASHBOARD_MONTHS = 12;
export const DASHBOARD_WEEKS = 12;
const BREACHES_LISTED = 50;

interface Bucket {
  dim: "month" | "week" | "region" | "channel";
  bucket: string;
  met: number;
  due: number;
}

/** Every clock cycle started since `since` for the selected centers, with its state as of now. */
export function clockedCyclesSql(
  selection: Prisma.Sql,
  channel: string | undefined,
  since: Date,
  now: Date,
): Prisma.Sql {
  const kinds = Prisma.join(INTERVENTION_KINDS.map((k) => Prisma.sql`${k}::"ComplaintEventKind"`));
  const channelFilter = channel ? Prisma.sql`AND k.channel = ${channel}::"ComplaintChannel"` : Prisma.empty;
  return Prisma.sql`
    WITH cycles AS (
      SELECT k.id, k.channel, c.region_id, 0 AS cycle, k.received_at AS started_at
      FROM complaint k JOIN center c ON c.id = k.center_id
      WHERE k.received_at >= ${since} AND ${selection} ${channelFilter}
      UNION ALL
      SELECT k.id, k.channel, c.region_id, r.cycle, r.at
      FROM complaint_event r JOIN complaint k ON k.id = r.complaint_id JOIN center c ON c.id = k.center_id
      WHERE r.kind = 'REOPENED' AND r.at >= ${since} AND ${selection} ${channelFilter}
    ), met AS (
      SELECT complaint_id, cycle, min(at) AS at FROM complaint_event
      WHERE kind IN (${kinds}) AND at >= ${since}
      GROUP BY complaint_id, cycle
    )
    SELECT cy.id, cy.channel::text AS channel, cy.region_id, cy.cycle, cy.started_at, met.at AS met_at,
           ${clockStateSql(Prisma.sql`cy.started_at`, Prisma.sql`met.at`, now)} AS state
    FROM cycles cy LEFT JOIN met ON met.complaint_id = cy.id AND met.cycle = cy.cycle`;
}

export async function deskDashboard(db: DbReader, user: SessionUser, input: TDeskDashboardInput, now = new Date()) {
  const timeZone = await networkTimeZone(db);
  const selection = centerSelectionSql(centerSelectionFor(user, input.regionId));
  const firstMonth = shiftPeriod(periodKeyOf(now, timeZone), -(DASHBOARD_MONTHS - 1));
  const [monthStart] = await db.$queryRaw<{ at: Date; week_start: Date }[]>`
    SELECT (${`${firstMonth}-01`}::timestamp AT TIME ZONE ${timeZone}) AS at,
           (date_trunc('week', ${now}::timestamptz AT TIME ZONE ${timeZone}) - make_interval(weeks => ${DASHBOARD_WEEKS - 1}))
             AT TIME ZONE ${timeZone} AS week_start`;
  const since = new Date(Math.min(monthStart!.at.getTime(), monthStart!.week_start.getTime()));
  const weekStart = monthStart!.week_start;
  const cycles = clockedCyclesSql(selection, input.channel, since, now);
  const local = Prisma.sql`(q.started_at AT TIME ZONE ${timeZone})`;
  const decided = Prisma.sql`q.state IN ('MET', 'BREACHED')`;
  const counts = Prisma.sql`count(*) FILTER (WHERE q.state = 'MET')::int AS met, count(*) FILTER (WHERE ${decided})::int AS due`;
  const inWeeks = Prisma.sql`q.started_at >= ${weekStart}`;
  const [buckets, breaches] = await Promise.all([
    queryJsonRows<Bucket>(
      db,
      Prisma.sql`
        WITH q AS MATERIALIZED (${cycles})
        SELECT 'month' AS dim, to_char(${local}, 'YYYY-MM') AS bucket, ${counts} FROM q
          WHERE q.started_at >= ${monthStart!.at} GROUP BY 2
        UNION ALL
        SELECT 'week', to_char(date_trunc('week', ${local}), 'YYYY-MM-DD'), ${counts} FROM q WHERE ${inWeeks} GROUP BY 2
        UNION ALL
        SELECT 'region', q.region_id::text, ${counts} FROM q WHERE ${inWeeks} GROUP BY 2
        UNION ALL
        SELECT 'channel', q.channel, ${counts} FROM q WHERE ${inWeeks} GROUP BY 2`,
    ),
    db.$queryRaw<{ id: number; cycle: number; started_at: Date; met_at: Date | null }[]>`
      SELECT q.id, q.cycle, q.started_at, q.met_at FROM (${cycles}) q
      WHERE q.state = 'BREACHED' ORDER BY q.started_at DESC, q.id DESC LIMIT ${BREACHES_LISTED}`,
  ]);
  const complaints = await db.complaint.findMany({
    where: { id: { in: breaches.map((b) => b.id) } },
    select: {
      id: true,
      channel: true,
      channelRef: true,
      category: true,
      status: true,
      center: { select: { id: true, code: true, name: true } },
    },
  });
  const complaintById = new Map(complaints.map((c) => [c.id, c]));
  const regions = await db.region.findMany({ select: { id: true, code: true, nameZh: true, nameEn: true } });
  const regionById = new Map(regions.map((r) => [String(r.id), r]));
  const pick = (dim: Bucket["dim"]) =>
    buckets
      .filter((b) => b.dim === dim)
      .map((b) => ({ bucket: b.bucket, met: b.met, due: b.due, adherence: b.due === 0 ? null : b.met / b.due }))
      .sort((a, b) => a.bucket.localeCompare(b.bucket));
  return {
    target: ADHERENCE_TARGET,
    timeZone,
    months: pick("month"),
    weeks: pick("week"),
    byRegion: pick("region").map((b) => ({ ...b, region: regionById.get(b.bucket) ?? null })),
    byChannel: pick("channel").map((b) => ({ ...b, channel: b.bucket as ComplaintChannel })),
    breaches: breaches.map((b) => ({
      complaint: complaintById.get(b.id)!,
      cycle: b.cycle,
      dueAt: new Date(b.started_at.getTime() + INTERVENTION_HOURS * 3_600_000).toISOString(),
      intervenedAt: b.met_at?.toISOString() ?? null,
    })),
  };
}
