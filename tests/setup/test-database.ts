// Every integration test file gets its own freshly migrated database: an in-memory PGlite, or
// (project integration-postgres) a new database on TEST_DATABASE_URL's server, dropped afterwards.
import { afterAll, beforeAll } from "vitest";
import { createDatabase, type DatabaseHandle, type Db } from "../../server/db/create-database.ts";
import { migrateDatabase } from "../../server/db/migrate.ts";
import { createScratchPostgresDatabase } from "./scratch-postgres.ts";

export type TestDatabaseKind = "pglite" | "postgres";

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.TEST_DB === "postgres" ? "postgres" : "pglite";
}

export interface TestDatabase {
  readonly db: Db;
  readonly kind: TestDatabaseKind;
}

/** Registers hooks that create, migrate and finally drop this file's database. */
export function useTestDatabase(): TestDatabase {
  let handle: DatabaseHandle | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  const kind = testDatabaseKind();

  beforeAll(async () => {
    const scratch = await createScratchDatabase(kind);
    handle = scratch.handle;
    dropDatabase = scratch.dispose;
    await migrateDatabase(handle.db);
  });

  afterAll(async () => {
    await dropDatabase?.();
  });

  return {
    kind,
    get db() {
      if (!handle) throw new Error("The test database is only available inside tests and hooks.");
      return handle.db;
    },
  };
}

/** An empty database of the given kind (not migrated); dispose() closes and drops it. */
export async function createScratchDatabase(
  kind: TestDatabaseKind,
): Promise<{ handle: DatabaseHandle; dispose: () => Promise<void> }> {
  if (kind === "pglite") {
    const handle = await createDatabase("memory://");
    return { handle, dispose: () => handle.close() };
  }
  const created = await createPostgresDatabase();
  const handle = await createDatabase(created.url);
  return {
    handle,
    dispose: async () => {
      await handle.close();
      await created.drop();
    },
  };
}

async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set; the integration-postgres project needs it.");
  return createScratchPostgresDatabase(serverUrl, "franchise_audit_test");
}
