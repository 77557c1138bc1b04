// Creates a user who can sign in with a password. Sign-up is closed: only headquarters (or the
// seed) creates users, so this writes better-auth's rows itself.
import { randomUUID } from "node:crypto";
import type { Role } from "../../../shared/domain/roles.ts";
import { hashPassword } from "../../auth/password.ts";
import type { Db } from "../../db/create-database.ts";
import { type Actor, recordAudit } from "../audit/record-audit.ts";

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  regionIds: number[];
  password: string;
}

export async function createUser(db: Db, actor: Actor, input: NewUser): Promise<{ id: string }> {
  const id = randomUUID();
  const passwordHash = await hashPassword(input.password);
  const email = input.email.trim().toLowerCase();
  await db.$transaction(async (tx) => {
    await tx.user.create({
      data: {
        id,
        email,
        name: input.name,
        role: input.role,
        emailVerified: true,
        regions: { create: input.regionIds.map((regionId) => ({ regionId })) },
        accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: passwordHash } },
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      actorEmail: actor.email,
      action: "USER_CREATED",
      entityType: "user",
      entityId: id,
      after: { email, name: input.name, role: input.role, regionIds: input.regionIds },
    });
  });
  return { id };
}
