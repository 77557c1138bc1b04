// Every change leaves an audit entry, written in the same transaction as the change itself.
import type { AuditAction, AuditEntityType } from "../../../shared/domain/audit-vocabulary.ts";
import type { Prisma } from "../../db/generated/client.ts";
import type { Db } from "../../db/create-database.ts";

export type AuditWriter = Pick<Db, "auditLog">;

/** Who is acting: a signed-in user, or the system (seed, jobs) with id null. */
export interface Actor {
  id: string | null;
  email: string | null;
  ip?: string | null;
}

/** The "who" half of an audit entry. */
export function auditActor(actor: Actor): Pick<AuditEntry, "actorId" | "actorEmail" | "ip"> {
  return { actorId: actor.id, actorEmail: actor.email, ip: actor.ip ?? null };
}

export interface AuditEntry {
  actorId: string | null;
  actorEmail: string | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | number | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  ip?: string | null;
}

export async function recordAudit(db: AuditWriter, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({ data: toRow(entry) });
}

function toRow(entry: AuditEntry) {
  return {
    actorId: entry.actorId,
    actorEmail: entry.actorEmail,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    before: entry.before ?? undefined,
    after: entry.after ?? undefined,
    ip: entry.ip ?? null,
  };
}

/** Many entries in one statement (a period close raises hundreds of proposals at network scale). */
export async function recordAudits(db: AuditWriter, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.auditLog.createMany({ data: entries.map(toRow) });
}
