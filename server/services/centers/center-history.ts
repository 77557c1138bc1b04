// Everything a center page shows besides the center itself: every closed evaluation (each one
// explainable), its revocation proposals and escalations, and its corrective actions.
import type { SessionUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import { centersInScope } from "../scope/region-scope.ts";
import { notFound } from "../../errors.ts";

export async function getCenterHistory(db: Db, user: SessionUser, centerId: number) {
  const center = await db.center.findFirst({
    where: { AND: [{ id: centerId }, centersInScope(user)] },
    select: { id: true },
  });
  if (!center) throw notFound("notFound.center");
  const [evaluations, proposals, escalations] = await Promise.all([
    db.$queryRaw<
      {
        periodKey: string;
        composite: number | null;
        result: string;
        visitScore: number | null;
        callbackScore: number | null;
        spotCheckScore: number | null;
        streakAfter: number;
        policyVersion: number;
        thresholdHundredths: number;
      }[]
    >`
      SELECT e.period_key AS "periodKey", (e.composite * 100)::int AS composite, e.result::text AS result,
             (e.visit_score * 100)::int AS "visitScore", (e.callback_score * 100)::int AS "callbackScore",
             (e.spot_check_score * 100)::int AS "spotCheckScore", e.streak_after AS "streakAfter",
             v.version AS "policyVersion", (v.threshold * 100)::int AS "thresholdHundredths"
      FROM evaluation e JOIN period p ON p.key = e.period_key JOIN scoring_policy_version v ON v.id = e.policy_version_id
      WHERE e.center_id = ${centerId} AND p.status = 'CLOSED'
      ORDER BY e.period_key`,
    db.revocationProposal.findMany({
      where: { centerId },
      select: {
        id: true,
        status: true,
        raisedPeriodKey: true,
        proposedAt: true,
        decidedAt: true,
        decisionReason: true,
        effectiveAt: true,
        reversedAt: true,
        reverseReason: true,
        flagReason: true,
      },
      orderBy: { proposedAt: "desc" },
    }),
    db.escalation.findMany({
      where: { centerId },
      select: { id: true, status: true, raisedPeriodKey: true, openedAt: true, resolvedAt: true, resolution: true },
      orderBy: { openedAt: "desc" },
    }),
  ]);
  return { evaluations, proposals, escalations };
}
