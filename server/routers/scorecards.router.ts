import { ZExplainInput, ZPassRateTrendInput, ZScorecardInput } from "../../shared/schemas/scorecards.ts";
import { explainEvaluation } from "../services/scoring/explain-evaluation.ts";
import { getScorecard } from "../services/scoring/get-scorecard.ts";
import { cachedUntilChange } from "../services/scoring/scorecard-cache.ts";
import { centerSelectionFor } from "../services/scope/center-selection.ts";
import { passRateTrend } from "../services/scoring/pass-rate-trend.ts";
import { requirePermission, router } from "../trpc.ts";

const readScorecards = requirePermission("scorecards.read");

export const scorecardsRouter = router({
  get: readScorecards.input(ZScorecardInput).query(({ ctx, input }) => {
    // Users who see the same centers see the same scorecard: the cache key is the selection.
    const key = JSON.stringify({ selection: centerSelectionFor(ctx.user, input.regionId), period: input.periodKey });
    return cachedUntilChange(ctx.db, key, () => getScorecard(ctx.db, ctx.user, input));
  }),
  passRateTrend: readScorecards
    .input(ZPassRateTrendInput)
    .query(({ ctx, input }) => passRateTrend(ctx.db, ctx.user, input)),
  explain: readScorecards.input(ZExplainInput).query(({ ctx, input }) => explainEvaluation(ctx.db, ctx.user, input)),
});
