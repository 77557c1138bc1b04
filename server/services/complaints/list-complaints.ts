// The desk's queue (DOMAIN-2.md, Complaints): open complaints, the ones still waiting for an
// intervention first and the least time left first (breached ones, still waiting, on top), then those
// waiting for a center's answer, then the rest by arrival. Filters by clock state, channel, category,
// region and center, or one channel reference; the counts of the desk's header come with it.
import { COMPLAINTS_PAGE_SIZE, type TListComplaintsInput } from "../../../shared/schemas/complaints.ts";
import type { SessionUser } from "../../context.ts";
import type { DbReader } from "../../db/create-database.ts";
import { Prisma } from "../../db/generated/client.ts";
import { centerSelectionFor, centerSelectionSql } from "../scope/center-selection.ts";
import { clockStateSql, interventionAtSql } from "./complaint-clock-sql.ts";
import { complaintRowsJsonSql, type ComplaintRowJson, fromJsonRow } from "./complaint-rows-sql.ts";
import { clocksOf, complaintView } from "./complaint-view.ts";

interface ClockCount {
  clock: string;
  open: boolean;
  n: number;
}

export async function listComplaints(db: DbReader, user: SessionUser, input: TListComplaintsInput, now = new Date()) {
  const conditions = [centerSelectionSql(centerSelectionFor(user, input.regionId))];
  const reference = input.reference?.trim();
  if (reference) conditions.push(Prisma.sql`k.channel_ref = ${reference}`);
  // A ticket asked for by its reference is found whatever its status.
  else if (input.scope === "OPEN") conditions.push(Prisma.sql`k.status <> 'RESOLVED'`);
  else if (input.scope === "RESOLVED") conditions.push(Prisma.sql`k.status = 'RESOLVED'`);
  if (input.channel) conditions.push(Prisma.sql`k.channel = ${input.channel}::"ComplaintChannel"`);
  if (input.category) conditions.push(Prisma.sql`k.category = ${input.category}::"ComplaintCategory"`);
  if (input.centerId) conditions.push(Prisma.sql`k.center_id = ${input.centerId}`);
  const clocked = Prisma.sql`
    SELECT k.id, k.status, k.received_at, k.cycle_started_at, i.at AS intervened_at,
           ${clockStateSql(Prisma.sql`k.cycle_started_at`, Prisma.sql`i.at`, now)} AS clock
    FROM complaint k
    JOIN center c ON c.id = k.center_id
    CROSS JOIN LATERAL (SELECT ${interventionAtSql()} AS at) i
    WHERE ${Prisma.join(conditions, " AND ")}`;
  const clockFilter = input.clock ? Prisma.sql`WHERE q.clock = ${input.clock}` : Prisma.empty;
  const offset = (input.page - 1) * COMPLAINTS_PAGE_SIZE;
  // The page (with its rows) and the counts from one pass over the clocked complaints, in one round trip.
  const [result] = await db.$queryRaw<{ rows: ComplaintRowJson[]; counts: ClockCount[] | null }[]>`
    WITH q AS MATERIALIZED (${clocked}),
    page AS (
      SELECT array_agg(p.id ORDER BY p.n) AS ids FROM (
        SELECT q.id, row_number() OVER (
                 ORDER BY (q.intervened_at IS NULL AND q.status <> 'RESOLVED') DESC,
                          CASE WHEN q.intervened_at IS NULL AND q.status <> 'RESOLVED' THEN q.cycle_started_at END ASC,
                          (q.status = 'AWAITING_CENTER') DESC, q.received_at DESC, q.id DESC) AS n
        FROM q ${clockFilter}
        ORDER BY n LIMIT ${COMPLAINTS_PAGE_SIZE} OFFSET ${offset}) p)
    SELECT ${complaintRowsJsonSql(Prisma.sql`coalesce((SELECT ids FROM page), '{}'::int[])`)} AS rows,
      (SELECT json_agg(c) FROM (
         SELECT q.clock, q.status <> 'RESOLVED' AS open, count(*)::int AS n FROM q GROUP BY 1, 2) c) AS counts`;
  const counts = result?.counts ?? [];
  const count = (clock: string, open: boolean) =>
    counts.filter((c) => c.clock === clock && c.open === open).reduce((sum, c) => sum + c.n, 0);
  const total = counts.filter((c) => (input.clock ? c.clock === input.clock : true)).reduce((sum, c) => sum + c.n, 0);
  return {
    total,
    page: input.page,
    pageSize: COMPLAINTS_PAGE_SIZE,
    /** Open complaints by the state of their 24-hour clock (the desk's header). */
    open: { atRisk: count("AT_RISK", true), breached: count("BREACHED", true), running: count("RUNNING", true) },
    rows: (result?.rows ?? []).map((json) => {
      const { row, events } = fromJsonRow(json);
      return complaintView(row, clocksOf(row, events, now));
    }),
  };
}
