import { hasNetworkScope } from "../../../shared/domain/roles.ts";
import type { SessionUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";

export interface RegionSummary {
  id: number;
  code: string;
  nameZh: string;
  nameEn: string;
}

export function listRegions(db: Db, user: SessionUser): Promise<RegionSummary[]> {
  return db.region.findMany({
    where: hasNetworkScope(user.role) ? {} : { id: { in: user.regionIds } },
    select: { id: true, code: true, nameZh: true, nameEn: true },
    orderBy: { code: "asc" },
  });
}
