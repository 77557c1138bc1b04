// Writing to inboxes (DOMAIN-2.md, Notifications), always inside the transaction of the change being
// reported: the message exists exactly when the change does, whether or not its reader is online.
import type { Role } from "../../../shared/domain/roles.ts";
import type { MessageRef } from "../../../shared/messages/message-ref.ts";
import type { DbTransaction } from "../../db/create-database.ts";
import type { Prisma } from "../../db/generated/client.ts";

export type NotificationEntity = "complaint" | "penalty" | "revocation_proposal";

export interface Notice {
  message: MessageRef;
  /** The time of the change it reports. */
  at: Date;
  entityType: NotificationEntity;
  entityId: number;
}

export async function notifyUsers(tx: DbTransaction, userIds: readonly (string | null)[], notice: Notice) {
  const recipients = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (recipients.length === 0) return;
  await tx.notification.createMany({
    data: recipients.map((userId) => ({
      userId,
      // A MessageRef is JSON by construction (strings, numbers and nested refs).
      message: notice.message as unknown as Prisma.InputJsonObject,
      entityType: notice.entityType,
      entityId: notice.entityId,
      createdAt: notice.at,
    })),
  });
}

/** Every active user of `role`, but the one who acted (they know already). */
export async function notifyRole(tx: DbTransaction, role: Role, except: string | null, notice: Notice) {
  const users = await tx.user.findMany({
    where: { role, active: true, ...(except ? { id: { not: except } } : {}) },
    select: { id: true },
  });
  await notifyUsers(
    tx,
    users.map((u) => u.id),
    notice,
  );
}
