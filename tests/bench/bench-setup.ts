// Where the benchmark runs: its scales, a fresh database (a new PostgreSQL database on the server
// named by DATABASE_URL, or a PGlite directory) and a free port for the server under test.
import { mkdtempSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appRoleName, dropAppRole } from "../../server/db/app-role.ts";
import { createDatabase } from "../../server/db/create-database.ts";
import { createScratchPostgresDatabase } from "../setup/scratch-postgres.ts";
import type { NetworkScale } from "./generate-network.ts";

export const SCALES: Record<
  string,
  NetworkScale & { importRows: number; users: number; seconds: number; complaints: number }
> = {
  full: {
    centers: 5000,
    months: 24,
    callbacksPerCenterMonth: 50,
    visitsPerCenterMonth: 2,
    spotChecksPerCenterMonth: 2,
    importRows: 1_000_000,
    complaints: 2_000_000,
    users: 50,
    seconds: 20,
  },
  // PGlite is one embedded process: the default there is smaller (printed with the results).
  embedded: {
    centers: 2000,
    months: 12,
    callbacksPerCenterMonth: 40,
    visitsPerCenterMonth: 2,
    spotChecksPerCenterMonth: 2,
    importRows: 300_000,
    complaints: 500_000,
    users: 50,
    seconds: 15,
  },
  quick: {
    centers: 500,
    months: 6,
    callbacksPerCenterMonth: 20,
    visitsPerCenterMonth: 1,
    spotChecksPerCenterMonth: 1,
    importRows: 50_000,
    complaints: 100_000,
    users: 20,
    seconds: 5,
  },
};

export async function openBenchDatabase(serverUrl: string | undefined) {
  if (!serverUrl) {
    const dir = join(mkdtempSync(join(tmpdir(), "franchise-bench-")), "pglite");
    return {
      handle: await createDatabase(dir),
      describe: `PGlite at ${dir}`,
      url: undefined,
      drop: () => Promise.resolve(),
    };
  }
  const database = await createScratchPostgresDatabase(serverUrl, "franchise_bench");
  return {
    handle: await createDatabase(database.url),
    describe: `PostgreSQL database ${database.name}`,
    url: database.url,
    drop: async () => {
      await database.drop();
      // The role the two-server measure's processes set up for this database.
      await dropAppRole(serverUrl, appRoleName(database.name));
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
