import {
  ZCenterIdInput,
  ZCreateCenterInput,
  ZListCentersInput,
  ZUpdateCenterInput,
} from "../../shared/schemas/centers.ts";
import { actorOf } from "../context.ts";
import { getCenter } from "../services/centers/get-center.ts";
import { getCenterHistory } from "../services/centers/center-history.ts";
import { listCenters } from "../services/centers/list-centers.ts";
import { createCenter, updateCenter } from "../services/centers/save-center.ts";
import { requirePermission, router } from "../trpc.ts";

const readCenters = requirePermission("centers.read");

export const centersRouter = router({
  list: readCenters.input(ZListCentersInput).query(({ ctx, input }) => listCenters(ctx.db, ctx.user, input)),
  byId: readCenters.input(ZCenterIdInput).query(({ ctx, input }) => getCenter(ctx.db, ctx.user, input.centerId)),
  /** Evaluations and cases: a manager's and headquarters' view, like the scorecard. */
  history: requirePermission("scorecards.read")
    .input(ZCenterIdInput)
    .query(({ ctx, input }) => getCenterHistory(ctx.db, ctx.user, input.centerId)),
  create: requirePermission("admin.manage")
    .input(ZCreateCenterInput)
    .mutation(({ ctx, input }) => createCenter(ctx.db, actorOf(ctx), input.center)),
  update: requirePermission("admin.manage")
    .input(ZUpdateCenterInput)
    .mutation(({ ctx, input }) => updateCenter(ctx.db, actorOf(ctx), input)),
});
