// The inbox's "a complaint at risk" (DOMAIN-2.md, Notifications): every few minutes, each open
// complaint whose 24-hour clock has 4 hours or less left and nobody has stepped in is told to its
// handler, or to every complaint handler while nobody has taken it. Once per complaint and cycle: a
// reopening starts a new clock, and may be at risk again. Under an advisory lock, so several server
// processes never tell anyone twice. A system message, not a change of a record: not audited.
import { ref } from "../../../shared/messages/message-ref.ts";
import { ADVISORY_LOCK } from "../../db/advisory-locks.ts";
import type { Db } from "../../db/create-database.ts";
import { Prisma } from "../../db/generated/client.ts";
import { clockStateSql, interventionAtSql } from "./complaint-clock-sql.ts";

export async function alertComplaintsAtRisk(db: Db, now = new Date()): Promise<number> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(${ADVISORY_LOCK.complaintAlerts}::bigint)::text`;
    const atRisk = await tx.$queryRaw<{ id: number; cycle: number; handler_id: string | null }[]>`
      SELECT q.id, q.cycle, q.handler_id FROM (
        SELECT k.id, k.cycle, k.handler_id,
               ${clockStateSql(Prisma.sql`k.cycle_started_at`, interventionAtSql(), now)} AS clock
        FROM complaint k WHERE k.status <> 'RESOLVED'
      ) q
      WHERE q.clock = 'AT_RISK' AND NOT EXISTS (
        SELECT 1 FROM notification n
        WHERE n.entity_type = 'complaint' AND n.entity_id = q.id
          AND n.message->>'key' = 'notice.complaintAtRisk'
          AND n.message->'params'->>'cycle' = q.cycle::text)`;
    if (atRisk.length === 0) return 0;
    const handlers = await tx.user.findMany({
      where: { role: "COMPLAINT_HANDLER", active: true },
      select: { id: true },
    });
    const data = atRisk.flatMap((complaint) =>
      (complaint.handler_id ? [complaint.handler_id] : handlers.map((h) => h.id)).map((userId) => ({
        userId,
        message: ref("notice.complaintAtRisk", {
          complaintId: String(complaint.id),
          cycle: String(complaint.cycle),
        }) as unknown as Prisma.InputJsonObject,
        entityType: "complaint",
        entityId: complaint.id,
        createdAt: now,
      })),
    );
    await tx.notification.createMany({ data });
    return atRisk.length;
  });
}
