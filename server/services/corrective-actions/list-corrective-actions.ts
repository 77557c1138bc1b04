import type { TListCorrectiveActionsInput } from "../../../shared/schemas/corrective-actions.ts";
import type { SessionUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { centersInScope } from "../scope/region-scope.ts";
import {
  type CorrectiveActionSummary,
  correctiveActionSelect,
  toCorrectiveActionSummary,
} from "./corrective-action-summary.ts";

const DISPLAY_ORDER = ["OVERDUE", "OPEN", "SUBMITTED", "VERIFIED", "CANCELLED"];

/** The corrective actions of the user's regions, overdue first, then by due date. */
export async function listCorrectiveActions(
  db: Db,
  user: SessionUser,
  input: TListCorrectiveActionsInput,
  now = new Date(),
): Promise<CorrectiveActionSummary[]> {
  const centerFilters: Prisma.CenterWhereInput[] = [centersInScope(user)];
  if (input.regionId !== undefined) centerFilters.push({ regionId: input.regionId });
  if (input.centerId !== undefined) centerFilters.push({ id: input.centerId });
  const where: Prisma.CorrectiveActionWhereInput = { center: { AND: centerFilters } };
  if (input.status === "OVERDUE") Object.assign(where, { status: { in: ["OPEN", "SUBMITTED"] }, dueAt: { lt: now } });
  else if (input.status === "OPEN" || input.status === "SUBMITTED")
    Object.assign(where, { status: input.status, dueAt: { gte: now } });
  else if (input.status) Object.assign(where, { status: input.status });
  const rows = await db.correctiveAction.findMany({
    where,
    select: correctiveActionSelect,
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
  });
  return rows
    .map((row) => toCorrectiveActionSummary(row, now))
    .sort((a, b) => DISPLAY_ORDER.indexOf(a.displayStatus) - DISPLAY_ORDER.indexOf(b.displayStatus));
}
