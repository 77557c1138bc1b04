// The import procedures of the router that owns a kind of file (callbacks.*, complaints.*), as the
// hooks the import page (components/csv-import-page.tsx) calls. Both routers have the same three
// (server/routers/import-procedures.ts): imports, importProgress, commitImport.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RouterOutputs } from "./api-types.ts";
import { useTRPC } from "./trpc.ts";

/** One of the user's recent imports, as the list shows it (both routers answer the same shape). */
export type ImportSummary = RouterOutputs["callbacks"]["imports"][number];

/** A kind's procedures, as hooks its page supplies (each router owns its kind's imports). */
export interface ImportProcedures {
  useImports(): { list: ImportSummary[] | undefined; refresh: () => Promise<void> };
  useRowsRead(token: string | null, enabled: boolean): number;
  useCommit(): {
    commit: (importId: number) => Promise<{ insertedCount: number; skippedCount: number }>;
    pending: boolean;
  };
}

/** A token that matches nothing, for the progress query while it is disabled. */
const NO_TOKEN = "00000000-0000-4000-8000-000000000000";

export function importProceduresOf(owner: "callbacks" | "complaints"): ImportProcedures {
  return {
    useImports() {
      const trpc = useTRPC();
      const queryClient = useQueryClient();
      const imports = useQuery(trpc[owner].imports.queryOptions());
      return {
        list: imports.data,
        refresh: () => queryClient.invalidateQueries({ queryKey: trpc[owner].imports.queryKey() }),
      };
    },
    useRowsRead(token, enabled) {
      const trpc = useTRPC();
      const progress = useQuery({
        ...trpc[owner].importProgress.queryOptions({ token: token ?? NO_TOKEN }),
        enabled,
        refetchInterval: 500,
      });
      return progress.data?.rowsRead ?? 0;
    },
    useCommit() {
      const trpc = useTRPC();
      const commit = useMutation(trpc[owner].commitImport.mutationOptions());
      return { commit: (importId) => commit.mutateAsync({ importId }), pending: commit.isPending };
    },
  };
}
