// Resolves the session cookie to the signed-in user with their role and regions.
import { can, type Permission, rolesFor } from "../../shared/domain/roles.ts";
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create-database.ts";
import type { Auth } from "./create-auth.ts";

export async function resolveSessionUser(auth: Auth, db: Db, headers: Headers): Promise<SessionUser | null> {
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  return loadSessionUser(db, session.user.id);
}

/** The user as the procedures see them; null for a deactivated or deleted user. */
export async function loadSessionUser(db: Db, userId: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      mustChangePassword: true,
      regions: { select: { regionId: true } },
    },
  });
  if (!user?.active) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
    regionIds: user.regions.map((r) => r.regionId).sort((a, b) => a - b),
  };
}

export const MUST_CHANGE_PASSWORD_MESSAGE =
  "Choose your own password first: a temporary password only lets you change it.";

/** Why a signed-in user may not do something (null when they may): the same words tRPC and HTTP routes use. */
export function permissionRefusal(user: SessionUser, permission: Permission): string | null {
  if (user.mustChangePassword) return MUST_CHANGE_PASSWORD_MESSAGE;
  if (!can(user.role, permission)) return `This needs the role ${rolesFor(permission).join(" or ")}.`;
  return null;
}
