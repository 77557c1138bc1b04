import { ZRecordCallbackInput } from "../../shared/schemas/callbacks.ts";
import { actingUser } from "../context.ts";
import { recordCallback } from "../services/callbacks/record-callback.ts";
import { requirePermission, router } from "../trpc.ts";

export const callbacksRouter = router({
  record: requirePermission("callbacks.record")
    .input(ZRecordCallbackInput)
    .mutation(({ ctx, input }) => recordCallback(ctx.db, actingUser(ctx), input)),
});
