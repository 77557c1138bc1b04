// Resolves the session cookie to the signed-in user with their role and regions.
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
    select: { id: true, email: true, name: true, role: true, active: true, regions: { select: { regionId: true } } },
  });
  if (!user?.active) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    regionIds: user.regions.map((r) => r.regionId).sort((a, b) => a - b),
  };
}
