import { ZExplainInput, ZPassRateTrendInput, ZScorecardInput } from "../../shared/schemas/scorecards.ts";
import { explainEvaluation } from "../services/scoring/explain-evaluation.ts";
import { getCachedScorecard } from "../services/scoring/get-scorecard.ts";
import { passRateTrend } from "../services/scoring/pass-rate-trend.ts";
import { requirePermission, router } from "../trpc.ts";

const readScorecards = requirePermission("scorecards.read");

export const scorecardsRouter = router({
  get: readScorecards.input(ZScorecardInput).query(({ ctx, input }) => getCachedScorecard(ctx.db, ctx.user, input)),
  passRateTrend: readScorecards
    .input(ZPassRateTrendInput)
    .query(({ ctx, input }) => passRateTrend(ctx.db, ctx.user, input)),
  explain: readScorecards.input(ZExplainInput).query(({ ctx, input }) => explainEvaluation(ctx.db, ctx.user, input)),
});
