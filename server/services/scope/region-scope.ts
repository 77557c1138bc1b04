// Region scoping: every query about centers (and what hangs off them) goes through these helpers,
// so a record outside the user's regions is simply never found.
import { hasNetworkScope } from "../../../shared/domain/roles.ts";
import type { SessionUser } from "../../context.ts";
import type { Prisma } from "../../db/generated/client.ts";

/** The Prisma filter for the centers `user` may see. */
export function centersInScope(user: SessionUser): Prisma.CenterWhereInput {
  return hasNetworkScope(user.role) ? {} : { regionId: { in: user.regionIds } };
}
