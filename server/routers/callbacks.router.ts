import { ZImportIdInput, ZImportProgressInput } from "../../shared/schemas/callback-imports.ts";
import { ZRecordCallbackInput } from "../../shared/schemas/callbacks.ts";
import { actingUser } from "../context.ts";
import { recordCallback } from "../services/callbacks/record-callback.ts";
import { commitCallbackImport } from "../services/callback-imports/commit-callback-import.ts";
import { readImportProgress } from "../services/callback-imports/import-lifecycle.ts";
import { listCallbackImports } from "../services/callback-imports/list-callback-imports.ts";
import { requirePermission, router } from "../trpc.ts";

const importCallbacks = requirePermission("callbacks.import");

// Uploading and validating a file is POST /api/callback-imports (server/http/callback-import-route.ts).
export const callbacksRouter = router({
  record: requirePermission("callbacks.record")
    .input(ZRecordCallbackInput)
    .mutation(({ ctx, input }) => recordCallback(ctx.db, actingUser(ctx), input)),
  imports: importCallbacks.query(({ ctx }) => listCallbackImports(ctx.db, ctx.user)),
  importProgress: importCallbacks
    .input(ZImportProgressInput)
    .query(({ ctx, input }) => readImportProgress(ctx.db, ctx.user.id, input.token)),
  commitImport: importCallbacks
    .input(ZImportIdInput)
    .mutation(({ ctx, input }) => commitCallbackImport(ctx.db, actingUser(ctx), input)),
});
