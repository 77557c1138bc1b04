// A page of complaints built by the database as JSON, in the shape of complaintSelect plus the
// current cycle's events: the queue answers in one round trip (a Prisma read with its relations and
// the events would be two more, a third of the queue's time at a million complaints).
import { Prisma } from "../../db/generated/client.ts";
import type { ComplaintRow, CycleEvents } from "./complaint-view.ts";

/** `ids` (an int[] expression, in order): each complaint as JSON, in that order. */
export function complaintRowsJsonSql(ids: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    SELECT coalesce(json_agg(json_build_object(
      'id', k.id, 'channel', k.channel, 'channelRef', k.channel_ref, 'receivedAt', k.received_at,
      'periodKey', k.period_key, 'workOrderNo', k.work_order_no, 'category', k.category,
      'customerName', k.customer_name, 'customerPhone', k.customer_phone, 'description', k.description,
      'status', k.status, 'cycle', k.cycle, 'cycleStartedAt', k.cycle_started_at, 'finding', k.finding,
      'remedy', k.remedy, 'compensationYuan', k.compensation_yuan, 'counterfeitPartYuan', k.counterfeit_part_yuan,
      'resolution', k.resolution, 'resolvedAt', k.resolved_at,
      'handler', CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name) END,
      'center', json_build_object('id', c.id, 'code', c.code, 'name', c.name, 'kind', c.kind,
                  'region', json_build_object('id', r.id, 'code', r.code, 'nameZh', r.name_zh, 'nameEn', r.name_en)),
      'events', (SELECT coalesce(json_agg(json_build_object('kind', e.kind, 'at', e.at) ORDER BY e.at, e.id), '[]')
                 FROM complaint_event e WHERE e.complaint_id = k.id AND e.cycle = k.cycle)
    ) ORDER BY o.n), '[]')
    FROM unnest(${ids}) WITH ORDINALITY o(id, n)
    JOIN complaint k ON k.id = o.id
    JOIN center c ON c.id = k.center_id
    JOIN region r ON r.id = c.region_id
    LEFT JOIN app_user u ON u.id = k.handler_id)`;
}

export type ComplaintRowJson = Omit<ComplaintRow, "receivedAt" | "cycleStartedAt" | "resolvedAt"> & {
  receivedAt: string;
  cycleStartedAt: string;
  resolvedAt: string | null;
  events: { kind: CycleEvents["kind"]; at: string }[];
};

/** The JSON row with its instants as dates again, and its cycle's events apart. */
export function fromJsonRow({ events, ...row }: ComplaintRowJson) {
  return {
    row: {
      ...row,
      receivedAt: new Date(row.receivedAt),
      cycleStartedAt: new Date(row.cycleStartedAt),
      resolvedAt: row.resolvedAt === null ? null : new Date(row.resolvedAt),
    } satisfies ComplaintRow,
    events: events.map((e) => ({ kind: e.kind, at: new Date(e.at) })),
  };
}
