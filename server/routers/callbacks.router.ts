import { ZImportIdInput, ZImportProgressInput } from "../../shared/schemas/csv-imports.ts";
import { ZRecordCallbackInput } from "../../shared/schemas/callbacks.ts";
import { actingUser } from "../context.ts";
import { recordCallback } from "../services/callbacks/record-callback.ts";
import { CALLBACK_IMPORT } from "../services/callback-imports/callback-import-kind.ts";
import { commitImport } from "../services/imports/commit-import.ts";
import { readImportProgress } from "../services/imports/import-lifecycle.ts";
import { listImports } from "../services/imports/list-imports.ts";
import { requirePermission, router } from "../trpc.ts";

const importCallbacks = requirePermission(CALLBACK_IMPORT.permission);

// Uploading and validating a file is POST /api/callback-imports (server/http/csv-import-route.ts).
export const callbacksRouter = router({
  record: requirePermission("callbacks.record")
    .input(ZRecordCallbackInput)
    .mutation(({ ctx, input }) => recordCallback(ctx.db, actingUser(ctx), input)),
  imports: importCallbacks.query(({ ctx }) => listImports(ctx.db, ctx.user, CALLBACK_IMPORT.kind)),
  importProgress: importCallbacks
    .input(ZImportProgressInput)
    .query(({ ctx, input }) => readImportProgress(ctx.db, ctx.user.id, input.token)),
  commitImport: importCallbacks
    .input(ZImportIdInput)
    .mutation(({ ctx, input }) => commitImport(ctx.db, actingUser(ctx), CALLBACK_IMPORT, input)),
});
