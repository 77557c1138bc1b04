// Creates a user who can sign in with a password. Sign-up is closed: only headquarters (or the
// seed) creates users, so this writes better-auth's rows itself.
import { randomUUID } from "node:crypto";
import type { Role } from "../../../shared/domain/roles.ts";
import type { TCreateUserInput } from "../../../shared/schemas/users.ts";
import { hashPassword } from "../../auth/password.ts";
import type { Db, DbTransaction } from "../../db/create-database.ts";
import { refusingUniqueViolation } from "../../db/unique-violation.ts";
import { type Actor, auditActor, recordAudit } from "../audit/record-audit.ts";
import { temporaryPassword } from "./temporary-password.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import { DomainError, fieldError } from "../../errors.ts";

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  regionIds: number[];
  password: string;
  /** True when the password is a temporary one the user must replace at first sign-in. */
  mustChangePassword?: boolean;
}

export async function createUser(db: Db, actor: Actor, input: NewUser): Promise<{ id: string }> {
  const id = randomUUID();
  const passwordHash = await hashPassword(input.password);
  const email = input.email.trim().toLowerCase();
  const taken = () => fieldError("CONFLICT", "email", "user.emailTaken", { email });
  // Two creations of one e-mail at the same moment: the unique index decides, the loser hears why.
  await refusingUniqueViolation(
    () => insertUser(db, actor, input, { id, email, passwordHash, taken }),
    async () => {},
    taken,
  );
  return { id };
}

async function insertUser(
  db: Db,
  actor: Actor,
  input: NewUser,
  { id, email, passwordHash, taken }: { id: string; email: string; passwordHash: string; taken: () => DomainError },
): Promise<void> {
  await db.$transaction(async (tx) => {
    if ((await tx.user.count({ where: { email } })) > 0) throw taken();
    await assertRegionsExist(tx, input.regionIds);
    await tx.user.create({
      data: {
        id,
        email,
        name: input.name,
        role: input.role,
        emailVerified: true,
        mustChangePassword: input.mustChangePassword ?? false,
        regions: { create: input.regionIds.map((regionId) => ({ regionId })) },
        accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: passwordHash } },
      },
    });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "USER_CREATED",
      entityType: "user",
      entityId: id,
      after: { email, name: input.name, role: input.role, regionIds: input.regionIds },
    });
  });
}

/** Headquarters' way in: the password is generated, returned once, and must be changed at first sign-in. */
export async function createUserWithTemporaryPassword(
  db: Db,
  actor: Actor,
  input: TCreateUserInput,
): Promise<{ id: string; temporaryPassword: string }> {
  const password = temporaryPassword();
  const { id } = await createUser(db, actor, {
    email: input.email,
    ...input.user,
    password,
    mustChangePassword: true,
  });
  return { id, temporaryPassword: password };
}

export async function assertRegionsExist(tx: DbTransaction, regionIds: readonly number[]): Promise<void> {
  if (regionIds.length === 0) return;
  const found = await tx.region.count({ where: { id: { in: [...regionIds] } } });
  if (found !== regionIds.length)
    throw new DomainError("BAD_REQUEST", ref("user.regionMissing"), { regionIds: [ref("user.regionsFromList")] });
}
