// Reading the audit log: newest first, filtered by actor, action, record and time, a page at a
// time (keyset on the id, so a page costs the same however deep it is).
import { AUDIT_PAGE_SIZE, type TAuditLogFilter } from "../../../shared/schemas/audit-log.ts";
import type { DbReader } from "../../db/create-database.ts";
import type { Prisma } from "../../db/generated/client.ts";

export interface AuditEntryView {
  id: string;
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
  ip: string | null;
}

export function auditLogWhere(filter: TAuditLogFilter): Prisma.AuditLogWhereInput {
  return {
    ...(filter.actor ? { actorEmail: { contains: filter.actor, mode: "insensitive" } } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.from || filter.to
      ? {
          at: {
            ...(filter.from ? { gte: new Date(filter.from) } : {}),
            ...(filter.to ? { lte: new Date(filter.to) } : {}),
          },
        }
      : {}),
  };
}

export async function listAuditLog(
  db: DbReader,
  filter: TAuditLogFilter,
  options: { cursor?: string; pageSize?: number } = {},
): Promise<{ entries: AuditEntryView[]; nextCursor: string | null }> {
  const pageSize = options.pageSize ?? AUDIT_PAGE_SIZE;
  const rows = await db.auditLog.findMany({
    where: { AND: [auditLogWhere(filter), options.cursor ? { id: { lt: BigInt(options.cursor) } } : {}] },
    orderBy: { id: "desc" },
    take: pageSize + 1,
  });
  const page = rows.slice(0, pageSize);
  return {
    entries: page.map((row) => ({ ...row, id: row.id.toString() })),
    nextCursor: rows.length > pageSize ? (page.at(-1)?.id.toString() ?? null) : null,
  };
}

/** What the filters can choose from: the actions and record types that occur. */
export async function auditLogFacets(db: DbReader): Promise<{ actions: string[]; entityTypes: string[] }> {
  // Raw DISTINCT: the database answers from its indexes; Prisma's `distinct` would fetch every row.
  const [actions, entityTypes] = await Promise.all([
    db.$queryRaw<{ value: string }[]>`SELECT DISTINCT action AS value FROM audit_log ORDER BY 1`,
    db.$queryRaw<{ value: string }[]>`SELECT DISTINCT entity_type AS value FROM audit_log ORDER BY 1`,
  ]);
  return { actions: actions.map((a) => a.value), entityTypes: entityTypes.map((e) => e.value) };
}
