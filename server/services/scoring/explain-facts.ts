// Everything one center's explanation needs that is stored, read in one round trip: the center
// (only when it is in the user's scope), the period's status and policy, the current policy, the
// frozen evaluation, and the submitted and voided reports and callbacks behind it. Times arrive as
// ISO text, scores as integer hundredths.
import type { CenterKind } from "../../../shared/schemas/centers.ts";
import type { DbReader } from "../../db/create-database.ts";
import { POLICY_VERSION_JSON_COLUMNS, type PolicyVersionJson } from "../policy/policy-record.ts";
import { type CenterSelection, centerSelectionSql } from "../scope/center-selection.ts";
import type { CenterScore } from "./score-centers.ts";

export interface ExplainFacts {
  /** Null when the center does not exist or is outside the user's scope: then nothing else is read. */
  center: { id: number; code: string; name: string; kind: CenterKind } | null;
  periodStatus: "OPEN" | "CLOSED" | null;
  /** The version a closed period was closed with. */
  periodPolicy: PolicyVersionJson | null;
  currentPolicy: PolicyVersionJson | null;
  /** The frozen evaluation: the scores as the scoring query gives them, with the streak around it. */
  evaluation: (Omit<CenterScore, "centerId"> & { streakBefore: number; streakAfter: number }) | null;
  reports: {
    id: number;
    kind: "VISIT" | "SPOT_CHECK";
    eventAt: string;
    status: "SUBMITTED" | "VOIDED";
    authorName: string;
    /** Hundredths, before the critical-fail cap. */
    rawScore: number | null;
    criticalFailed: boolean;
    voidReason: string | null;
  }[];
  callbacks: {
    id: number;
    workOrderNo: string;
    calledAt: string;
    outcome: "REACHED" | "UNREACHABLE" | "REFUSED";
    rating: number | null;
  }[];
}

export async function readExplainFacts(
  db: DbReader,
  { centerId, periodKey, selection }: { centerId: number; periodKey: string; selection: CenterSelection },
): Promise<ExplainFacts> {
  const [row] = await db.$queryRaw<{ facts: string }[]>`
    WITH scoped AS (
      SELECT c.id, c.code, c.name, c.kind::text AS kind FROM center c
      WHERE c.id = ${centerId} AND ${centerSelectionSql(selection)}
    ),
    period_row AS (SELECT status::text AS status, policy_version_id FROM period WHERE key = ${periodKey})
    SELECT json_build_object(
      'center', (SELECT row_to_json(s) FROM scoped s),
      'periodStatus', (SELECT status FROM period_row),
      'periodPolicy', (SELECT row_to_json(v) FROM (
        SELECT ${POLICY_VERSION_JSON_COLUMNS} FROM scoring_policy_version
        WHERE id = (SELECT policy_version_id FROM period_row)) v),
      'currentPolicy', (SELECT row_to_json(v) FROM (
        SELECT ${POLICY_VERSION_JSON_COLUMNS} FROM scoring_policy_version ORDER BY version DESC LIMIT 1) v),
      'evaluation', (SELECT row_to_json(e) FROM (
        SELECT (visit_score * 100)::int AS "visitScore", visit_count AS "visitCount",
               (callback_score * 100)::int AS "callbackScore", callback_count AS "callbackCount",
               (spot_check_score * 100)::int AS "spotCheckScore", spot_check_count AS "spotCheckCount",
               (composite * 100)::int AS composite, result::text AS result,
               streak_before AS "streakBefore", streak_after AS "streakAfter"
        FROM evaluation WHERE center_id = (SELECT id FROM scoped) AND period_key = ${periodKey}) e),
      'reports', (SELECT coalesce(json_agg(r ORDER BY r."eventAt", r.id), '[]') FROM (
        SELECT r.id, r.kind::text AS kind, r.event_at AS "eventAt", r.status::text AS status, u.name AS "authorName",
               (r.raw_score * 100)::int AS "rawScore", r.critical_failed AS "criticalFailed", r.void_reason AS "voidReason"
        FROM report r JOIN app_user u ON u.id = r.author_id
        WHERE r.center_id = (SELECT id FROM scoped) AND r.period_key = ${periodKey}
          AND r.status IN ('SUBMITTED', 'VOIDED')) r),
      'callbacks', (SELECT coalesce(json_agg(c ORDER BY c."calledAt", c.id), '[]') FROM (
        SELECT id, work_order_no AS "workOrderNo", called_at AS "calledAt", outcome::text AS outcome, rating::int AS rating
        FROM callback WHERE center_id = (SELECT id FROM scoped) AND period_key = ${periodKey}) c)
    )::text AS facts`;
  return JSON.parse(row!.facts) as ExplainFacts;
}
