// The centers a user may see, as a selection for the set-based queries; an optional region filter
// narrows it and never widens it.
import { hasNetworkScope } from "../../../shared/domain/roles.ts";
import type { SessionUser } from "../../context.ts";
import { Prisma } from "../../db/generated/client.ts";

/** Which centers a query covers: every center, some regions, or one center. */
export type CenterSelection = { all: true } | { regionIds: readonly number[] } | { centerId: number };

export function centerSelectionSql(selection: CenterSelection): Prisma.Sql {
  if ("all" in selection) return Prisma.sql`TRUE`;
  if ("centerId" in selection) return Prisma.sql`c.id = ${selection.centerId}`;
  if (selection.regionIds.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`c.region_id IN (${Prisma.join(selection.regionIds)})`;
}

export function centerSelectionFor(user: SessionUser, regionId?: number): CenterSelection {
  if (hasNetworkScope(user.role)) return regionId === undefined ? { all: true } : { regionIds: [regionId] };
  const regionIds = regionId === undefined ? user.regionIds : user.regionIds.filter((id) => id === regionId);
  return { regionIds };
}
