import type { SessionUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import { centersInScope } from "../scope/region-scope.ts";
import { type CenterSummary, centerSummarySelect, toCenterSummary } from "./center-summary.ts";
import { notFound } from "../../errors.ts";

/** One center, or NOT_FOUND if it does not exist or lies outside the user's regions. */
export async function getCenter(db: Db, user: SessionUser, centerId: number): Promise<CenterSummary> {
  const row = await db.center.findFirst({
    where: { AND: [{ id: centerId }, centersInScope(user)] },
    select: centerSummarySelect(new Date()),
  });
  if (!row) throw notFound("notFound.center");
  return toCenterSummary(row);
}
