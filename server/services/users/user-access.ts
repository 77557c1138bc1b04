// Deactivating a user ends their sessions at once (and the sign-in hook refuses new ones);
// resetting a password hands out a new temporary one and ends the sessions too.
import type { TSetUserActiveInput } from "../../../shared/schemas/users.ts";
import { hashPassword } from "../../auth/password.ts";
import type { Db } from "../../db/create-database.ts";
import { type Actor, auditActor, recordAudit } from "../audit/record-audit.ts";
import { temporaryPassword } from "./temporary-password.ts";
import { domainError, notFound } from "../../errors.ts";

export async function setUserActive(
  db: Db,
  actor: Actor,
  input: TSetUserActiveInput,
): Promise<{ active: boolean; sessionsEnded: number }> {
  if (input.userId === actor.id && !input.active) throw domainError("CONFLICT", "user.deactivateSelf");
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { active: true } });
    if (!user) throw notFound("notFound.user");
    if (user.active === input.active)
      throw domainError("CONFLICT", input.active ? "user.alreadyActive" : "user.alreadyDeactivated");
    await tx.user.update({ where: { id: input.userId }, data: { active: input.active } });
    const ended = input.active ? 0 : (await tx.session.deleteMany({ where: { userId: input.userId } })).count;
    await recordAudit(tx, {
      ...auditActor(actor),
      action: input.active ? "USER_REACTIVATED" : "USER_DEACTIVATED",
      entityType: "user",
      entityId: input.userId,
      before: { active: user.active },
      after: { active: input.active, reason: input.reason, sessionsEnded: ended },
    });
    return { active: input.active, sessionsEnded: ended };
  });
}

export async function resetPassword(
  db: Db,
  actor: Actor,
  userId: string,
): Promise<{ temporaryPassword: string; sessionsEnded: number }> {
  const password = temporaryPassword();
  const hash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw notFound("notFound.user");
    await tx.account.updateMany({ where: { userId, providerId: "credential" }, data: { password: hash } });
    await tx.user.update({ where: { id: userId }, data: { mustChangePassword: true } });
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "USER_PASSWORD_RESET",
      entityType: "user",
      entityId: userId,
      after: { mustChangePassword: true, sessionsEnded: count },
    });
    return { temporaryPassword: password, sessionsEnded: count };
  });
}
