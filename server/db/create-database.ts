// The one place that knows which database engine is behind the Prisma client.
// Everything else receives a `Db` and cannot tell PGlite from a PostgreSQL server.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { pgliteCopyCsv, postgresCopyCsv, registerCopyCsv } from "./bulk-copy.ts";
import { PrismaClient } from "./generated/client.ts";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type DbTransaction = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
/** Either: for reads and helpers that work inside or outside a transaction. */
export type DbReader = Db | DbTransaction;

export interface DatabaseHandle {
  db: Db;
  /** Human-readable description for logs, without credentials. */
  describe: string;
  close(): Promise<void>;
}

/** Where the embedded database lives when no DATABASE_URL is given. */
export const DEFAULT_PGLITE_DIR = "./data/pglite";

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * Opens the database named by `url`:
 * - `postgres://…` or `postgresql://…`: a PostgreSQL server through @prisma/adapter-pg;
 * - `memory://`: a throw-away in-memory PGlite (tests);
 * - anything else (or nothing): a PGlite data directory, by default ./data/pglite.
 */
export async function createDatabase(url: string | undefined): Promise<DatabaseHandle> {
  if (url && isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection the server drops (restart, failover, admin termination) is discarded by
    // the pool and replaced on the next query; unhandled, this event would stop the process.
    pool.on("error", (error) => process.emitWarning(`PostgreSQL connection lost: ${error.message}`));
    const db = new PrismaClient({ adapter: new PrismaPg(pool) });
    registerCopyCsv(db, postgresCopyCsv(pool));
    return {
      db,
      describe: `PostgreSQL ${redactUrl(url)}`,
      close: async () => {
        await db.$disconnect();
        await pool.end();
      },
    };
  }
  const dir = url && url !== "" ? url : DEFAULT_PGLITE_DIR;
  if (dir !== "memory://") mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir === "memory://" ? undefined : dir);
  await client.waitReady;
  const db = new PrismaClient({ adapter: new PrismaPGlite(client) });
  registerCopyCsv(db, pgliteCopyCsv(client));
  return {
    db,
    describe: dir === "memory://" ? "PGlite (in memory)" : `PGlite at ${dir}`,
    close: async () => {
      await db.$disconnect();
      await client.close();
    },
  };
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, "//$1:***@");
}
