// The center side of a scorecard row: identity, streak, and the facts its derived status needs,
// for every center of a selection in one query.
import { type CenterStatus, centerStatus } from "../../../shared/domain/center-status.ts";
import type { CenterKind } from "../../../shared/schemas/centers.ts";
import type { DbReader } from "../../db/create-database.ts";
import { type CenterSelection, centerSelectionSql } from "../scope/center-selection.ts";

export interface ScorecardCenter {
  centerId: number;
  code: string;
  name: string;
  kind: CenterKind;
  city: string;
  cityTier: number;
  regionId: number;
  regionCode: string;
  failureStreak: number;
  openCorrectiveActions: number;
  status: CenterStatus;
}

interface Row extends Omit<ScorecardCenter, "status"> {
  revoked: boolean;
  pendingProposal: boolean;
}

export async function readScorecardCenters(
  db: DbReader,
  selection: CenterSelection,
  now: Date,
): Promise<ScorecardCenter[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT c.id AS "centerId", c.code, c.name, c.kind::text AS kind, c.city, c.city_tier::int AS "cityTier",
           c.region_id AS "regionId", r.code AS "regionCode", c.failure_streak AS "failureStreak",
           (SELECT count(*)::int FROM corrective_action ca
             WHERE ca.center_id = c.id AND ca.status IN ('OPEN', 'SUBMITTED')) AS "openCorrectiveActions",
           EXISTS (SELECT 1 FROM revocation_proposal rp
             WHERE rp.center_id = c.id AND rp.status = 'ISSUED' AND rp.effective_at <= ${now}) AS revoked,
           EXISTS (SELECT 1 FROM revocation_proposal rp
             WHERE rp.center_id = c.id AND rp.status = 'PROPOSED') AS "pendingProposal"
    FROM center c JOIN region r ON r.id = c.region_id
    WHERE ${centerSelectionSql(selection)}
    ORDER BY c.code`;
  return rows.map(({ revoked, pendingProposal, ...center }) => ({
    ...center,
    status: centerStatus({
      revocationInForce: revoked,
      pendingRevocationProposal: pendingProposal,
      unresolvedCorrectiveActions: center.openCorrectiveActions,
    }),
  }));
}
