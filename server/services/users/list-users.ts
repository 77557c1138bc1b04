// Headquarters' list of everyone who can sign in, with their regions and whether they are signed in.
import type { Role } from "../../../shared/domain/roles.ts";
import type { Db } from "../../db/create-database.ts";

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
  regionIds: number[];
  activeSessions: number;
  createdAt: Date;
}

export async function listUsers(db: Db, now = new Date()): Promise<UserSummary[]> {
  const users = await db.user.findMany({
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      mustChangePassword: true,
      createdAt: true,
      regions: { select: { regionId: true }, orderBy: { regionId: "asc" } },
      _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } },
    },
    orderBy: [{ active: "desc" }, { email: "asc" }],
  });
  return users.map(({ regions, _count, ...user }) => ({
    ...user,
    regionIds: regions.map((r) => r.regionId),
    activeSessions: _count.sessions,
  }));
}
