// Every integration test file gets its own freshly migrated database: an in-memory PGlite, or
// (project integration-postgres) a new database on TEST_DATABASE_URL's server, dropped afterwards.
import { afterAll, beforeAll } from "vitest";
import { createDatabase, type DatabaseHandle, type Db } from "../../server/db/create-database.ts";
import { migrateDatabase } from "../../server/db/migrate.ts";
import { setFirstPeriod } from "../../server/services/periods/set-first-period.ts";

export const TEST_FIRST_PERIOD = "2020-01";
import { createScratchPostgresDatabase } from "./scratch-postgres.ts";

export type TestDatabaseKind = "pglite" | "postgres";

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.TEST_DB === "postgres" ? "postgres" : "pglite";
}

export interface TestDatabase {
  readonly db: Db;
  readonly kind: TestDatabaseKind;
}

/**
 * Registers hooks that create, migrate and finally drop this file's database. A test network is set
 * up with `firstPeriod` as its first period (DOMAIN.md, Periods): a file that closes periods names
 * the first month it closes; the others may record in any month from 2020 on.
 */
export function useTestDatabase({ firstPeriod = TEST_FIRST_PERIOD }: { firstPeriod?: string } = {}): TestDatabase {
  let handle: DatabaseHandle | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  const kind = testDatabaseKind();

  beforeAll(async () => {
    const scratch = await createScratchDatabase(kind);
    handle = scratch.handle;
    dropDatabase = scratch.dispose;
    await migrateDatabase(handle.db);
    await setFirstPeriod(handle.db, { id: null, email: "tests@setup" }, { periodKey: firstPeriod });
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
