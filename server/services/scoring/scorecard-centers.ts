// The center side of a scorecard row: identity, streak, and the facts its derived status needs,
// for every center of a selection in one query.
import { type CenterStatus, centerStatus } from "../../../shared/domain/center-status.ts";
import type { CenterKind } from "../../../shared/schemas/centers.ts";
import type { DbReader } from "../../db/create-database.ts";
import { Prisma } from "../../db/generated/client.ts";
import { queryJsonRows } from "../../db/json-rows.ts";
import { type CenterSelection, centerSelectionSql } from "../scope/center-selection.ts";

export interface ScorecardCenter {
  centerId: number;
  code: string;
  name: string;
  kind: CenterKind;
  /** Authorized centers' grade (A–C); null for direct ones. */
  grade: "A" | "B" | "C" | null;
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
  // Aggregated once and joined: one pass over the consequences, not three subqueries per center.
  const rows = await queryJsonRows<Row>(
    db,
    Prisma.sql`
    WITH actions AS (
      SELECT center_id, count(*)::int AS n FROM corrective_action
      WHERE status IN ('OPEN', 'SUBMITTED') GROUP BY center_id
    ),
    cases AS (
      SELECT center_id,
             bool_or(status = 'ISSUED' AND effective_at <= ${now}) AS revoked,
             bool_or(status = 'PROPOSED') AS pending
      FROM revocation_proposal WHERE status IN ('ISSUED', 'PROPOSED') GROUP BY center_id
    )
    SELECT c.id AS "centerId", c.code, c.name, c.kind::text AS kind, c.grade::text AS grade, c.city, c.city_tier::int AS "cityTier",
           c.region_id AS "regionId", r.code AS "regionCode", c.failure_streak AS "failureStreak",
           coalesce(a.n, 0) AS "openCorrectiveActions",
           coalesce(k.revoked, false) AS revoked,
           coalesce(k.pending, false) AS "pendingProposal"
    FROM center c
    JOIN region r ON r.id = c.region_id
    LEFT JOIN actions a ON a.center_id = c.id
    LEFT JOIN cases k ON k.center_id = c.id
    WHERE ${centerSelectionSql(selection)}`,
    Prisma.sql`t.code`,
  );
  return rows.map(({ revoked, pendingProposal, ...center }) => ({
    ...center,
    status: centerStatus({
      revocationInForce: revoked,
      pendingRevocationProposal: pendingProposal,
      unresolvedCorrectiveActions: center.openCorrectiveActions,
    }),
  }));
}
