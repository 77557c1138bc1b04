import type { TListCentersInput } from "../../../shared/schemas/centers.ts";
import type { SessionUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { centersInScope } from "../scope/region-scope.ts";
import { type CenterSummary, centerSummarySelect, toCenterSummary } from "./center-summary.ts";

/** The centers the user may see, filtered, ordered by code. */
export async function listCenters(db: Db, user: SessionUser, input: TListCentersInput): Promise<CenterSummary[]> {
  const filters: Prisma.CenterWhereInput[] = [centersInScope(user)];
  if (input.regionId !== undefined) filters.push({ regionId: input.regionId });
  if (input.kind !== undefined) filters.push({ kind: input.kind });
  if (input.search) {
    const contains = { contains: input.search, mode: "insensitive" } as const;
    filters.push({ OR: [{ name: contains }, { code: contains }, { city: contains }, { province: contains }] });
  }
  const rows = await db.center.findMany({
    where: { AND: filters },
    select: centerSummarySelect(new Date()),
    orderBy: { code: "asc" },
  });
  return rows.map(toCenterSummary);
}
