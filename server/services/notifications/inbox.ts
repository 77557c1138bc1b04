// A user's inbox: their newest messages and how many are unread; marking read is the user's own
// change, audited like any other.
import { INBOX_PAGE_SIZE, type TListInboxInput, type TMarkReadInput } from "../../../shared/schemas/notifications.ts";
import { ZMessageRef } from "../../../shared/messages/message-schema.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import type { ActingUser, SessionUser } from "../../context.ts";
import type { Db, DbReader } from "../../db/create-database.ts";
import { auditActor, recordAudit } from "../audit/record-audit.ts";

export async function listInbox(db: DbReader, user: SessionUser, input: TListInboxInput) {
  const where = { userId: user.id, ...(input.unreadOnly ? { readAt: null } : {}) };
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where,
      select: { id: true, message: true, entityType: true, entityId: true, createdAt: true, readAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: INBOX_PAGE_SIZE,
    }),
    db.notification.count({ where: { userId: user.id, readAt: null } }),
  ]);
  return {
    unread,
    rows: rows.map((row) => {
      const message = ZMessageRef.safeParse(row.message);
      return {
        ...row,
        message: message.success ? message.data : ref("notice.unreadable"),
        createdAt: row.createdAt.toISOString(),
        readAt: row.readAt?.toISOString() ?? null,
      };
    }),
  };
}

/** The header's badge: only the count, checked every minute by every signed-in page. */
export async function countUnread(db: DbReader, user: SessionUser) {
  return { unread: await db.notification.count({ where: { userId: user.id, readAt: null } }) };
}

export async function markRead(db: Db, user: ActingUser, input: TMarkReadInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: user.id, readAt: null, ...(input.ids ? { id: { in: input.ids } } : {}) },
      data: { readAt: now },
    });
    if (count > 0)
      await recordAudit(tx, {
        ...auditActor(user),
        action: "NOTIFICATIONS_READ",
        entityType: "notification",
        after: { count, ids: input.ids ?? "all" },
      });
    return { marked: count };
  });
}
