import { ZRecordCallbackInput } from "../../shared/schemas/callbacks.ts";
import { actingUser } from "../context.ts";
import { recordCallback } from "../services/callbacks/record-callback.ts";
import { CALLBACK_IMPORT } from "../services/callback-imports/callback-import-kind.ts";
import { requirePermission, router } from "../trpc.ts";
import { importProcedures } from "./import-procedures.ts";

// Uploading and validating a file is POST /api/callback-imports (server/http/csv-import-route.ts).
export const callbacksRouter = router({
  record: requirePermission("callbacks.record")
    .input(ZRecordCallbackInput)
    .mutation(({ ctx, input }) => recordCallback(ctx.db, actingUser(ctx), input)),
  ...importProcedures(CALLBACK_IMPORT),
});
