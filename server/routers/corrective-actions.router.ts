import {
  ZListCorrectiveActionsInput,
  ZReviewRectificationInput,
  ZSubmitRectificationInput,
} from "../../shared/schemas/corrective-actions.ts";
import { actingUser } from "../context.ts";
import { listCorrectiveActions } from "../services/corrective-actions/list-corrective-actions.ts";
import { reviewRectification, submitRectification } from "../services/corrective-actions/update-corrective-action.ts";
import { requirePermission, router } from "../trpc.ts";

const manage = requirePermission("correctiveActions.manage");

export const correctiveActionsRouter = router({
  list: manage
    .input(ZListCorrectiveActionsInput)
    .query(({ ctx, input }) => listCorrectiveActions(ctx.db, ctx.user, input)),
  submitRectification: manage
    .input(ZSubmitRectificationInput)
    .mutation(({ ctx, input }) => submitRectification(ctx.db, actingUser(ctx), input)),
  review: manage
    .input(ZReviewRectificationInput)
    .mutation(({ ctx, input }) => reviewRectification(ctx.db, actingUser(ctx), input)),
});
