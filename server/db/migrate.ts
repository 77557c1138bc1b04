// Applies prisma/migrations/*/migration.sql in order, through the Prisma client and its driver
// adapter, and records each one in `_prisma_migrations` exactly as `prisma migrate deploy` does
// (same table, same sha256 checksum), so `prisma migrate status` agrees with us.
// We run our own because the native schema engine cannot be downloaded here (README, Decisions).
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "./create-database.ts";
import { ADVISORY_LOCK } from "./advisory-locks.ts";
import { splitSqlStatements } from "./split-sql.ts";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_BOOKKEEPING_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

const MIGRATION_LOCK_KEY = ADVISORY_LOCK.migration;

/** Applies the pending migrations; returns the names it applied. */
export async function migrateDatabase(db: Db, migrations: Migration[] = readMigrations()): Promise<string[]> {
  const applied: string[] = [];
  for (const migration of migrations) {
    const didApply = await db.$transaction(
      async (tx) => {
        // Serialises concurrent starts against the same server database.
        await tx.$queryRaw`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY}::bigint)::text`;
        await tx.$executeRawUnsafe(CREATE_BOOKKEEPING_TABLE);
        const rows = await tx.$queryRaw<{ checksum: string }[]>`
          SELECT checksum FROM "_prisma_migrations"
          WHERE migration_name = ${migration.name} AND rolled_back_at IS NULL AND finished_at IS NOT NULL`;
        const existing = rows[0];
        if (existing) {
          if (existing.checksum !== migration.checksum) {
            throw new Error(
              `Migration ${migration.name} was changed after it was applied (checksum differs). ` +
                "Add a new migration instead of editing an applied one.",
            );
          }
          return false;
        }
        const statements = splitSqlStatements(migration.sql);
        for (const statement of statements) await tx.$executeRawUnsafe(statement);
        await tx.$executeRaw`
          INSERT INTO "_prisma_migrations"
            (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count)
          VALUES (${randomUUID()}, ${migration.checksum}, now(), ${migration.name}, NULL, now(), 1)`;
        return true;
      },
      { timeout: 120_000, maxWait: 120_000 },
    );
    if (didApply) applied.push(migration.name);
  }
  return applied;
}
