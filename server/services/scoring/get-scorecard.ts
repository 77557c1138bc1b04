// A period's scorecard for the centers a user may see: frozen evaluations for a closed period,
// live and provisional scores (the same set-based query the close uses) for an open one.
// Scores are integer hundredths (80.00 → 8000).
import { shiftPeriod } from "../../../shared/domain/periods.ts";
import type { TScorecardInput } from "../../../shared/schemas/scorecards.ts";
import type { SessionUser } from "../../context.ts";
import type { Db, DbReader } from "../../db/create-database.ts";
import { Prisma } from "../../db/generated/client.ts";
import { queryJsonRows } from "../../db/json-rows.ts";
import { resolvePeriod } from "../periods/resolve-period.ts";
import { type CenterSelection, centerSelectionFor, centerSelectionSql } from "../scope/center-selection.ts";
import { complaintsPer1000Hundredths } from "../../../shared/domain/complaint-rate.ts";
import { cachedUntilChange } from "./scorecard-cache.ts";
import { readUpheldComplaints } from "./scorecard-complaints.ts";
import { type ScorecardCenter, readScorecardCenters } from "./scorecard-centers.ts";
import { type CenterScore, scoreCenters } from "./score-centers.ts";

export interface ScorecardRow extends ScorecardCenter, Omit<CenterScore, "centerId"> {
  /** The streak after this period's evaluation (closed), or the streak standing now (open). */
  streak: number;
  /** The composite of the period before, if it was closed and the center evaluated. */
  previousComposite: number | null;
  /** Complaints about the center received in this period and upheld (they do not change the score). */
  upheldComplaints: number;
  /** Upheld complaints per 1,000 reached callbacks, in hundredths; null without reached callbacks. */
  complaintsPer1000: number | null;
  /** Composites of the six periods before this one (`Scorecard.trendPeriods`, oldest first); null
   *  where the period is not closed, the center was not evaluated or lacked data. */
  trend: (number | null)[];
}

const TREND_PERIODS = 6;

export interface Scorecard {
  periodKey: string;
  currentPeriodKey: string;
  /** True for an open period: its scores are live and provisional. */
  provisional: boolean;
  policyVersion: number;
  thresholdHundredths: number;
  /** The periods each row's trend covers, oldest first: given once, not per row (5,000 rows). */
  trendPeriods: string[];
  rows: ScorecardRow[];
}

export async function getScorecard(
  db: Db,
  user: SessionUser,
  input: TScorecardInput,
  now = new Date(),
): Promise<Scorecard> {
  const period = await resolvePeriod(db, input.periodKey, now);
  const selection = centerSelectionFor(user, input.regionId);
  const [centers, scores, history, upheld] = await Promise.all([
    readScorecardCenters(db, selection, now),
    period.closed
      ? readFrozenScores(db, period.periodKey, selection)
      : scoreCenters(db, { periodKey: period.periodKey, policy: period.policyVersion.policy, selection }).then((rows) =>
          rows.map((row) => ({ ...row, streak: null })),
        ),
    readTrend(db, period.periodKey, selection),
    readUpheldComplaints(db, period.periodKey, selection),
  ]);
  const scoreOf = new Map(scores.map((score) => [score.centerId, score]));
  const trendPeriods = Array.from({ length: TREND_PERIODS }, (_, i) =>
    shiftPeriod(period.periodKey, i - TREND_PERIODS),
  );
  const previousPeriod = shiftPeriod(period.periodKey, -1);
  const rows: ScorecardRow[] = [];
  for (const center of centers) {
    const score = scoreOf.get(center.centerId);
    if (!score) continue; // not evaluated in this period (revoked before it ended)
    const { streak, ...sources } = score;
    const composites = history[center.centerId] ?? {};
    const upheldComplaints = upheld.get(center.centerId) ?? 0;
    rows.push({
      ...center,
      ...sources,
      upheldComplaints,
      complaintsPer1000: complaintsPer1000Hundredths(upheldComplaints, sources.callbackCount),
      streak: streak ?? center.failureStreak,
      previousComposite: composites[previousPeriod] ?? null,
      trend: trendPeriods.map((key) => composites[key] ?? null),
    });
  }
  return {
    periodKey: period.periodKey,
    currentPeriodKey: period.currentPeriodKey,
    provisional: !period.closed,
    policyVersion: period.policyVersion.version,
    thresholdHundredths: period.policyVersion.policy.thresholdHundredths,
    trendPeriods,
    rows,
  };
}

/** The scorecard as the procedure serves it: reused until something changes (scorecard-cache.ts). */
export function getCachedScorecard(db: Db, user: SessionUser, input: TScorecardInput): Promise<Scorecard> {
  // Users who see the same centers see the same scorecard: the key is the selection, not the user.
  const key = JSON.stringify({ selection: centerSelectionFor(user, input.regionId), period: input.periodKey });
  return cachedUntilChange(db, key, () => getScorecard(db, user, input));
}

type FrozenScore = CenterScore & { streak: number | null };

/** Each center's composites over the closed periods before `periodKey`, by period key. */
async function readTrend(
  db: DbReader,
  periodKey: string,
  selection: CenterSelection,
): Promise<Record<number, Record<string, number | null>>> {
  // Aggregated into one JSON value in the database: 5,000 centers × 6 months would otherwise be
  // 30,000 rows for the driver to decode one by one.
  const [row] = await db.$queryRaw<{ trend: string | null }[]>`
    SELECT json_object_agg(t.center_id, t.composites)::text AS trend
    FROM (SELECT e.center_id, json_object_agg(e.period_key, (e.composite * 100)::int) AS composites
          FROM evaluation e JOIN center c ON c.id = e.center_id JOIN period p ON p.key = e.period_key
          WHERE p.status = 'CLOSED' AND e.period_key >= ${shiftPeriod(periodKey, -TREND_PERIODS)}
            AND e.period_key < ${periodKey} AND ${centerSelectionSql(selection)}
          GROUP BY e.center_id) t`;
  return JSON.parse(row?.trend ?? "{}") as Record<number, Record<string, number | null>>;
}

async function readFrozenScores(db: DbReader, periodKey: string, selection: CenterSelection): Promise<FrozenScore[]> {
  return queryJsonRows<FrozenScore>(
    db,
    Prisma.sql`
    SELECT e.center_id AS "centerId",
           (e.visit_score * 100)::int AS "visitScore", e.visit_count AS "visitCount",
           (e.callback_score * 100)::int AS "callbackScore", e.callback_count AS "callbackCount",
           (e.spot_check_score * 100)::int AS "spotCheckScore", e.spot_check_count AS "spotCheckCount",
           (e.composite * 100)::int AS composite, e.result::text AS result, e.streak_after AS streak
    FROM evaluation e JOIN center c ON c.id = e.center_id
    WHERE e.period_key = ${periodKey} AND ${centerSelectionSql(selection)}`,
  );
}
