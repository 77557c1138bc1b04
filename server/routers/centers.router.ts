import { ZCenterIdInput, ZListCentersInput } from "../../shared/schemas/centers.ts";
import { getCenter } from "../services/centers/get-center.ts";
import { getCenterHistory } from "../services/centers/center-history.ts";
import { listCenters } from "../services/centers/list-centers.ts";
import { requirePermission, router } from "../trpc.ts";

const readCenters = requirePermission("centers.read");

export const centersRouter = router({
  list: readCenters.input(ZListCentersInput).query(({ ctx, input }) => listCenters(ctx.db, ctx.user, input)),
  byId: readCenters.input(ZCenterIdInput).query(({ ctx, input }) => getCenter(ctx.db, ctx.user, input.centerId)),
  /** Evaluations and cases: a manager's and headquarters' view, like the scorecard. */
  history: requirePermission("scorecards.read")
    .input(ZCenterIdInput)
    .query(({ ctx, input }) => getCenterHistory(ctx.db, ctx.user, input.centerId)),
});
