// Region scoping: every query about centers (and what hangs off them) goes through these helpers,
// so a record outside the user's regions is simply never found.
import { hasNetworkScope } from "../../../shared/domain/roles.ts";
import type { SessionUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { notFound } from "../../errors.ts";

/** The Prisma filter for the centers `user` may see. */
export function centersInScope(user: SessionUser): Prisma.CenterWhereInput {
  return hasNetworkScope(user.role) ? {} : { regionId: { in: user.regionIds } };
}

/** The center's id and region, or NOT_FOUND when it does not exist or is outside the user's regions. */
export async function findCenterInScope(
  db: Pick<Db, "center">,
  user: SessionUser,
  centerId: number,
): Promise<{ id: number; regionId: number }> {
  const center = await db.center.findFirst({
    where: { AND: [{ id: centerId }, centersInScope(user)] },
    select: { id: true, regionId: true },
  });
  if (!center) throw notFound("Center");
  return center;
}
