// One set-based query that scores centers for one period under one policy (DOMAIN.md, Scoring):
// the same arithmetic as shared/domain/scoring.ts, in integer hundredths, computed where the
// records are. Live scorecards, period close, the close preview and the policy simulation all use it.
import type { ScoringPolicy } from "../../../shared/domain/policy.ts";
import { periodBounds } from "../../../shared/domain/periods.ts";
import type { EvaluationResult } from "../../../shared/domain/scoring.ts";
import type { DbReader } from "../../db/create-database.ts";
import { queryJsonRows } from "../../db/json-rows.ts";
import { Prisma } from "../../db/generated/client.ts";
import { type CenterSelection, centerSelectionSql } from "../scope/center-selection.ts";

export interface CenterScore {
  centerId: number;
  visitScore: number | null;
  visitCount: number;
  callbackScore: number | null;
  callbackCount: number;
  spotCheckScore: number | null;
  spotCheckCount: number;
  composite: number | null;
  result: EvaluationResult;
}

export interface ScoringInput {
  periodKey: string;
  policy: ScoringPolicy;
  selection: CenterSelection;
}

/**
 * Centers whose revocation took effect before the period ended are left out: they are no longer
 * evaluated (DOMAIN.md, Consequences 5). Everyone else gets a row, with or without records.
 */
export async function scoreCenters(db: DbReader, input: ScoringInput): Promise<CenterScore[]> {
  return queryJsonRows<CenterScore>(db, centerScoresSql(input), Prisma.sql`t."centerId"`);
}

/** The scoring statement itself (rows shaped as CenterScore), for callers that join more facts to it. */
export function centerScoresSql({ periodKey, policy, selection }: ScoringInput): Prisma.Sql {
  const { end } = periodBounds(periodKey, policy.timeZone);
  const cap = policy.criticalFailCapHundredths;
  const w = policy.weights;
  const min = policy.minimums;
  // For the whole network, aggregate the period's records first and join once; for a subset, join
  // the scoped centers into the aggregates so that only their records are read (center × period index).
  const reportScope = "all" in selection ? Prisma.empty : Prisma.sql`JOIN scoped s ON s.id = r.center_id`;
  const callScope = "all" in selection ? Prisma.empty : Prisma.sql`JOIN scoped s ON s.id = cb.center_id`;
  // Each source's weight where it counts, 0 where it does not (too few samples, or weight 0).
  return Prisma.sql`
    WITH scoped AS (
      SELECT c.id FROM center c
      WHERE ${centerSelectionSql(selection)}
        AND NOT EXISTS (
          SELECT 1 FROM revocation_proposal rp
          WHERE rp.center_id = c.id AND rp.status IN ('ISSUED', 'REVERSED') AND rp.effective_at < ${end}
            -- reversed after this period (in the period order): it was still in force then
            AND (rp.reversed_after_key IS NULL OR rp.reversed_after_key >= ${periodKey}))
    ),
    report_sums AS (
      SELECT r.center_id, r.kind, count(*)::bigint AS n,
             sum(CASE WHEN r.critical_failed THEN least(r.raw_score * 100, ${cap}) ELSE r.raw_score * 100 END)::bigint AS total
      FROM report r ${reportScope}
      WHERE r.period_key = ${periodKey} AND r.status = 'SUBMITTED'
      GROUP BY r.center_id, r.kind
    ),
    call_sums AS (
      SELECT cb.center_id, count(*)::bigint AS n, count(*) FILTER (WHERE cb.rating >= 4)::bigint AS satisfied
      FROM callback cb ${callScope}
      WHERE cb.period_key = ${periodKey} AND cb.outcome = 'REACHED'
      GROUP BY cb.center_id
    ),
    sources AS (
      SELECT s.id AS center_id,
             coalesce(v.n, 0) AS visit_n, (2 * v.total + v.n) / (2 * v.n) AS visit_h,
             coalesce(k.n, 0) AS call_n, (2 * k.satisfied * 10000 + k.n) / (2 * k.n) AS call_h,
             coalesce(p.n, 0) AS spot_n, (2 * p.total + p.n) / (2 * p.n) AS spot_h
      FROM scoped s
      LEFT JOIN report_sums v ON v.center_id = s.id AND v.kind = 'VISIT'
      LEFT JOIN call_sums k ON k.center_id = s.id
      LEFT JOIN report_sums p ON p.center_id = s.id AND p.kind = 'SPOT_CHECK'
    ),
    weighted AS (
      SELECT *,
             CASE WHEN visit_n >= greatest(${min.visits}, 1) THEN greatest(${w.visits}, 0) ELSE 0 END::bigint AS visit_w,
             CASE WHEN call_n >= greatest(${min.callbacks}, 1) THEN greatest(${w.callbacks}, 0) ELSE 0 END::bigint AS call_w,
             CASE WHEN spot_n >= greatest(${min.spotChecks}, 1) THEN greatest(${w.spotChecks}, 0) ELSE 0 END::bigint AS spot_w
      FROM sources
    ),
    composed AS (
      SELECT *,
             CASE WHEN visit_w + call_w + spot_w > 0 THEN
               (2 * (visit_w * coalesce(visit_h, 0) + call_w * coalesce(call_h, 0) + spot_w * coalesce(spot_h, 0))
                 + (visit_w + call_w + spot_w)) / (2 * (visit_w + call_w + spot_w))
             END AS composite_h
      FROM weighted
    )
    SELECT center_id AS "centerId",
           visit_h::int AS "visitScore", visit_n::int AS "visitCount",
           call_h::int AS "callbackScore", call_n::int AS "callbackCount",
           spot_h::int AS "spotCheckScore", spot_n::int AS "spotCheckCount",
           composite_h::int AS composite,
           CASE WHEN composite_h IS NULL THEN 'INSUFFICIENT_DATA'
                WHEN composite_h >= ${policy.thresholdHundredths} THEN 'PASS'
                ELSE 'FAIL' END AS result
    FROM composed`;
}
