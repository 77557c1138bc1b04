// Headquarters changes a user's name, role and regions. The change applies to the user's next
// request: the session resolves role and regions afresh every time.
import type { TUpdateUserInput } from "../../../shared/schemas/users.ts";
import type { Db } from "../../db/create-database.ts";
import { type Actor, auditActor, recordAudit } from "../audit/record-audit.ts";
import { assertRegionsExist } from "./create-user.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import { DomainError, notFound } from "../../errors.ts";

export async function updateUser(db: Db, actor: Actor, input: TUpdateUserInput): Promise<{ id: string }> {
  const { userId, user } = input;
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({
      where: { id: userId },
      select: { name: true, role: true, regions: { select: { regionId: true }, orderBy: { regionId: "asc" } } },
    });
    if (!existing) throw notFound("notFound.user");
    // Headquarters cannot lock itself out: another admin must change an admin's own role.
    if (userId === actor.id && user.role !== existing.role)
      throw new DomainError("CONFLICT", ref("user.ownRole"), { role: [ref("user.ownRoleShort")] });
    await assertRegionsExist(tx, user.regionIds);
    await tx.userRegion.deleteMany({ where: { userId } });
    await tx.user.update({
      where: { id: userId },
      data: {
        name: user.name,
        role: user.role,
        regions: { create: user.regionIds.map((regionId) => ({ regionId })) },
      },
    });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "USER_UPDATED",
      entityType: "user",
      entityId: userId,
      before: { name: existing.name, role: existing.role, regionIds: existing.regions.map((r) => r.regionId) },
      after: user,
    });
    return { id: userId };
  });
}
