// The three procedures every import kind's router has (callbacks.*, complaints.*): its user's recent
// imports, an upload's progress, and the commit. Uploading and validating a file is the HTTP route
// of that kind (server/http/csv-import-route.ts).
import { ZImportIdInput, ZImportProgressInput } from "../../shared/schemas/csv-imports.ts";
import { actingUser } from "../context.ts";
import { commitImport } from "../services/imports/commit-import.ts";
import type { AnyCsvImportKind } from "../services/imports/import-kind.ts";
import { readImportProgress } from "../services/imports/import-lifecycle.ts";
import { listImports } from "../services/imports/list-imports.ts";
import { requirePermission } from "../trpc.ts";

export function importProcedures(kind: AnyCsvImportKind) {
  const allowed = requirePermission(kind.permission);
  return {
    imports: allowed.query(({ ctx }) => listImports(ctx.db, ctx.user, kind.kind)),
    importProgress: allowed
      .input(ZImportProgressInput)
      .query(({ ctx, input }) => readImportProgress(ctx.db, ctx.user.id, input.token)),
    commitImport: allowed
      .input(ZImportIdInput)
      .mutation(({ ctx, input }) => commitImport(ctx.db, actingUser(ctx), kind, input)),
  };
}
