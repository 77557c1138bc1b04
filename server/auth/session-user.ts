// Resolves the session cookie to the signed-in user with their role and regions.
import { can, type Permission, rolesFor } from "../../shared/domain/roles.ts";
import { type MessageRef, ref } from "../../shared/messages/message-ref.ts";
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create-database.ts";
import { type Auth, SESSION_EXPIRES_IN_S, SESSION_UPDATE_AGE_S } from "./create-auth.ts";
import { verifiedSessionToken } from "./session-token.ts";

export async function resolveSessionUser(
  auth: Auth,
  db: Db,
  headers: Headers,
  now = new Date(),
): Promise<SessionUser | null> {
  // Every request passes here, so the usual case is one query: the signed token's session, its
  // user, role and regions. better-auth's own lookup (several queries) runs only when the session
  // is due to be extended, which it does.
  const token = verifiedSessionToken(auth, headers);
  if (token === null) return null;
  const [row] = await db.$queryRaw<(SessionUserRow & { expiresAt: Date })[]>`
    SELECT s.expires_at AS "expiresAt", u.id, u.email, u.name, u.role::text AS role, u.active,
           u.must_change_password AS "mustChangePassword",
           coalesce(array_agg(ur.region_id ORDER BY ur.region_id) FILTER (WHERE ur.region_id IS NOT NULL), '{}') AS "regionIds"
    FROM session s JOIN app_user u ON u.id = s.user_id LEFT JOIN user_region ur ON ur.user_id = u.id
    WHERE s.token = ${token}
    GROUP BY s.id, u.id`;
  if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
  if (isDueForExtension(row.expiresAt, now)) {
    const session = await auth.api.getSession({ headers });
    return session ? loadSessionUser(db, session.user.id) : null;
  }
  return toSessionUser(row);
}

/** better-auth's rule: a session used more than `updateAge` after it was last extended is extended. */
function isDueForExtension(expiresAt: Date, now: Date): boolean {
  return expiresAt.getTime() - SESSION_EXPIRES_IN_S * 1000 + SESSION_UPDATE_AGE_S * 1000 <= now.getTime();
}

interface SessionUserRow extends SessionUser {
  active: boolean;
  mustChangePassword: boolean;
}

function toSessionUser(user: SessionUserRow): SessionUser | null {
  if (!user.active) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
    regionIds: user.regionIds,
  };
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
  if (!user) return null;
  const { regions, ...rest } = user;
  return toSessionUser({ ...rest, regionIds: regions.map((r) => r.regionId).sort((a, b) => a - b) });
}

/** Why a signed-in user may not do something (null when they may): the same words tRPC and HTTP routes use. */
export function permissionRefusal(user: SessionUser, permission: Permission): MessageRef | null {
  if (user.mustChangePassword) return ref("auth.mustChangePassword");
  if (!can(user.role, permission))
    return ref("auth.needsRole", { roles: rolesFor(permission).map((role) => ref(`word.role.${role}`)) });
  return null;
}
