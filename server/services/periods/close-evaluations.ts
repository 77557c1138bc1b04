// The first write of a period close: the network's evaluations and streaks, straight from the
// scoring statement. The close's other writes follow from the plan it returns (close-writes.ts).
import type { DbTransaction } from "../../db/create-database.ts";
import type { PolicyVersion } from "../policy/policy-record.ts";
import {
  type ClosePlan,
  plannedEvaluation,
  PLANNING_COLUMNS,
  type PlanningRow,
  scoresWithCaseStatesSql,
} from "./plan-close.ts";

/**
 * Scores every center, writes the evaluations and the centers' new streaks, and returns the plan,
 * in one statement: the scores go from the scoring query straight into the evaluation table
 * instead of through the server and back. A re-close rewrites only the evaluations that came out
 * differently (an unchanged row keeps its time), and only the streaks that moved.
 *
 * The stored streak follows the streak rule of consequenceOf (PASS resets, FAIL adds one, no data
 * keeps it); each returned row carries it, and a disagreement with the plan stops the close.
 */
export async function writeEvaluationsAndStreaks(
  tx: DbTransaction,
  periodKey: string,
  policyVersion: PolicyVersion,
): Promise<ClosePlan> {
  const scoring = { periodKey, policy: policyVersion.policy, selection: { all: true } } as const;
  const [row] = await tx.$queryRaw<{ rows: string }[]>`
    WITH scored AS (
      SELECT p.*, CASE p.result WHEN 'PASS' THEN 0 WHEN 'FAIL' THEN p."failureStreak" + 1
                                ELSE p."failureStreak" END AS "storedStreakAfter"
      FROM (${scoresWithCaseStatesSql(scoring)}) p
    ),
    -- The center keeps the evaluation's streak, unless headquarters reversed a revocation right
    -- after this period: the streak restarts at 0 then (the next close starts from 0 as well).
    planned AS (
      SELECT q.*, CASE WHEN q."reversedAfterThis" THEN 0 ELSE q."storedStreakAfter" END AS "centerStreak"
      FROM scored q
    ),
    -- Both writes see the evaluations as they stood before this statement: existing rows that
    -- came out differently are updated, missing rows inserted (the period lock keeps others out).
    updated AS (
      UPDATE evaluation e SET
        policy_version_id = ${policyVersion.id},
        visit_score = p."visitScore"::numeric / 100, visit_count = p."visitCount",
        callback_score = p."callbackScore"::numeric / 100, callback_count = p."callbackCount",
        spot_check_score = p."spotCheckScore"::numeric / 100, spot_check_count = p."spotCheckCount",
        composite = p.composite::numeric / 100, result = p.result::"EvaluationResult",
        streak_before = p."failureStreak", streak_after = p."storedStreakAfter", created_at = now()
      FROM planned p
      WHERE e.center_id = p."centerId" AND e.period_key = ${periodKey}
        AND (e.policy_version_id, e.visit_score, e.visit_count, e.callback_score, e.callback_count, e.spot_check_score,
             e.spot_check_count, e.composite, e.result, e.streak_before, e.streak_after)
        IS DISTINCT FROM (${policyVersion.id}, p."visitScore"::numeric / 100, p."visitCount",
             p."callbackScore"::numeric / 100, p."callbackCount", p."spotCheckScore"::numeric / 100, p."spotCheckCount",
             p.composite::numeric / 100, p.result::"EvaluationResult", p."failureStreak", p."storedStreakAfter")
    ),
    inserted AS (
      INSERT INTO evaluation (center_id, period_key, policy_version_id, visit_score, visit_count, callback_score,
                              callback_count, spot_check_score, spot_check_count, composite, result,
                              streak_before, streak_after)
      SELECT p."centerId", ${periodKey}, ${policyVersion.id},
             p."visitScore"::numeric / 100, p."visitCount", p."callbackScore"::numeric / 100, p."callbackCount",
             p."spotCheckScore"::numeric / 100, p."spotCheckCount", p.composite::numeric / 100,
             p.result::"EvaluationResult", p."failureStreak", p."storedStreakAfter"
      FROM planned p
      WHERE NOT EXISTS (SELECT 1 FROM evaluation e WHERE e.center_id = p."centerId" AND e.period_key = ${periodKey})
    ),
    streaks AS (
      UPDATE center c SET failure_streak = p."centerStreak", updated_at = now()
      FROM planned p WHERE c.id = p."centerId" AND c.failure_streak <> p."centerStreak"
    )
    SELECT coalesce(json_agg(t ORDER BY t."centerId"), '[]')::text AS rows
    FROM (SELECT ${PLANNING_COLUMNS}, p."storedStreakAfter" FROM planned p) t`;
  const rows = JSON.parse(row!.rows) as (PlanningRow & { storedStreakAfter: number })[];
  const evaluations = rows.map(({ storedStreakAfter, ...planning }) => {
    const planned = plannedEvaluation(planning, policyVersion);
    if (planned.streakAfter !== storedStreakAfter)
      throw new Error(
        `Close of ${periodKey}: center ${planned.centerId}'s stored streak ${storedStreakAfter} differs from the rule's ${planned.streakAfter}.`,
      );
    // openCorrectiveActions opens one per FAIL evaluation in SQL: the rule must say the same.
    if (planned.opensCorrectiveAction !== (planned.result === "FAIL"))
      throw new Error(`Close of ${periodKey}: center ${planned.centerId}'s corrective action differs from the rule.`);
    return planned;
  });
  return { periodKey, policyVersion, evaluations };
}
