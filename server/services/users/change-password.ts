// A signed-in user replaces their password (and so a temporary one headquarters gave them).
import type { TChangePasswordInput } from "../../../shared/schemas/users.ts";
import { hashPassword, verifyPassword } from "../../auth/password.ts";
import { weakPasswordProblem } from "../../auth/password-strength.ts";
import type { Db } from "../../db/create-database.ts";
import type { ActingUser } from "../../context.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { DomainError, fieldError } from "../../errors.ts";

export async function changePassword(db: Db, actor: ActingUser, input: TChangePasswordInput): Promise<void> {
  const account = await db.account.findFirst({
    where: { userId: actor.id, providerId: "credential" },
    select: { id: true, password: true },
  });
  const matches = account?.password
    ? await verifyPassword({ hash: account.password, password: input.currentPassword })
    : false;
  if (!account || !matches) throw fieldError("BAD_REQUEST", "currentPassword", "password.currentWrong");
  const weak = weakPasswordProblem(input.newPassword, [actor.email, actor.name]);
  if (weak) throw new DomainError("BAD_REQUEST", weak, { newPassword: [weak] });
  const hash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.account.update({ where: { id: account.id }, data: { password: hash } });
    await tx.user.update({ where: { id: actor.id }, data: { mustChangePassword: false } });
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      ip: actor.ip,
      action: "PASSWORD_CHANGED",
      entityType: "user",
      entityId: actor.id,
    });
  });
}
