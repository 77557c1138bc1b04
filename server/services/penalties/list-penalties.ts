// The penalty ledger (DOMAIN-2.md, Penalties): per center and per partner, by period and status,
// with totals. A regional manager's ledger covers their regions; the desk and headquarters see all.
import type { TListPenaltiesInput } from "../../../shared/schemas/penalties.ts";
import type { SessionUser } from "../../context.ts";
import type { DbReader } from "../../db/create-database.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { centersInScope } from "../scope/region-scope.ts";
import { penaltySelect, penaltyView } from "./penalty-view.ts";

/** The newest rows a ledger lists; its totals always cover every matching penalty. */
export const LEDGER_ROWS = 1000;

export function penaltyWhere(user: SessionUser, input: TListPenaltiesInput): Prisma.PenaltyWhereInput {
  return {
    center: {
      AND: [centersInScope(user), input.partnerName ? { partnerName: input.partnerName } : {}],
    },
    ...(input.centerId ? { centerId: input.centerId } : {}),
    ...(input.periodKey ? { periodKey: input.periodKey } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
  };
}

export async function listPenalties(db: DbReader, user: SessionUser, input: TListPenaltiesInput) {
  const where = penaltyWhere(user, input);
  const [rows, byStatus, byCenter] = await Promise.all([
    db.penalty.findMany({
      where,
      select: penaltySelect,
      orderBy: [{ proposedAt: "desc" }, { id: "desc" }],
      take: LEDGER_ROWS,
    }),
    db.penalty.groupBy({ by: ["status", "kind"], where, _count: { _all: true }, _sum: { amountYuan: true } }),
    db.penalty.groupBy({ by: ["centerId"], where, _count: { _all: true }, _sum: { amountYuan: true } }),
  ]);
  const centers = await db.center.findMany({
    where: { id: { in: byCenter.map((c) => c.centerId) } },
    select: { id: true, code: true, name: true, partnerName: true },
  });
  const centerById = new Map(centers.map((c) => [c.id, c]));
  return {
    rows: rows.map(penaltyView),
    total: byStatus.reduce((sum, group) => sum + group._count._all, 0),
    totals: byStatus.map((group) => ({
      status: group.status,
      kind: group.kind,
      count: group._count._all,
      amountYuan: group._sum.amountYuan ?? 0,
    })),
    byCenter: byCenter
      .map((group) => ({
        center: centerById.get(group.centerId)!,
        count: group._count._all,
        amountYuan: group._sum.amountYuan ?? 0,
      }))
      .sort((a, b) => b.amountYuan - a.amountYuan || a.center.code.localeCompare(b.center.code)),
  };
}
