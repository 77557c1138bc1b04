// Every integration test file gets its own freshly migrated database: an in-memory PGlite, or
// (project integration-postgres) a new database on TEST_DATABASE_URL's server, dropped afterwards.
import { afterAll, beforeAll } from "vitest";
import { createDatabase, type DatabaseHandle, type Db } from "../../server/db/create-database.ts";
import {
  appRoleName,
  appRolePassword,
  appRoleUrl,
  databaseNameOf,
  dropAppRole,
  grantAppRole,
} from "../../server/db/app-role.ts";
import { migrateDatabase } from "../../server/db/migrate.ts";
import { setFirstPeriod } from "../../server/services/periods/set-first-period.ts";

export const TEST_FIRST_PERIOD = "2020-01";
import { createScratchPostgresDatabase } from "./scratch-postgres.ts";

export type TestDatabaseKind = "pglite" | "postgres";

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.TEST_DB === "postgres" ? "postgres" : "pglite";
}

export interface TestDatabase {
  /** The database as the application sees it: on PostgreSQL, connected as the app role. */
  readonly db: Db;
  /** The same database as its owner (who migrates): for tests of the schema itself. */
  readonly ownerDb: Db;
  readonly kind: TestDatabaseKind;
}

/**
 * Registers hooks that create, migrate and finally drop this file's database. A test network is set
 * up with `firstPeriod` as its first period (DOMAIN.md, Periods): a file that closes periods names
 * the first month it closes; the others may record in any month from 2020 on.
 */
export function useTestDatabase({ firstPeriod = TEST_FIRST_PERIOD }: { firstPeriod?: string } = {}): TestDatabase {
  let owner: DatabaseHandle | undefined;
  let app: DatabaseHandle | undefined;
  let dispose: (() => Promise<void>) | undefined;
  const kind = testDatabaseKind();

  beforeAll(async () => {
    const scratch = await createScratchDatabase(kind);
    owner = scratch.handle;
    dispose = scratch.dispose;
    await migrateDatabase(owner.db);
    await setFirstPeriod(owner.db, { id: null, email: "tests@setup" }, { periodKey: firstPeriod });
    if (scratch.url) {
      // Every PostgreSQL test runs as the application runs: as the app role, not the owner.
      const name = databaseNameOf(scratch.url);
      const role = appRoleName(name);
      const password = appRolePassword(TEST_AUTH_SECRET, name);
      await grantAppRole(scratch.url, role, password);
      const appHandle = await createDatabase(appRoleUrl(scratch.url, role, password));
      app = appHandle;
      dispose = async () => {
        await appHandle.close();
        await scratch.dispose();
        await dropAppRole(process.env.TEST_DATABASE_URL!, role);
      };
    } else app = owner;
  });

  afterAll(async () => {
    await dispose?.();
  });

  const unavailable = () => new Error("The test database is only available inside tests and hooks.");
  return {
    kind,
    get db() {
      if (!app) throw unavailable();
      return app.db;
    },
    get ownerDb() {
      if (!owner) throw unavailable();
      return owner.db;
    },
  };
}

/** Stands in for AUTH_SECRET where a test derives the app role's password. */
export const TEST_AUTH_SECRET = "test-secret-that-is-long-enough-0123456789";

/** An empty database of the given kind (not migrated); dispose() closes and drops it. */
export async function createScratchDatabase(
  kind: TestDatabaseKind,
): Promise<{ handle: DatabaseHandle; dispose: () => Promise<void>; url?: string }> {
  if (kind === "pglite") {
    const handle = await createDatabase("memory://");
    return { handle, dispose: () => handle.close() };
  }
  const created = await createPostgresDatabase();
  const handle = await createDatabase(created.url);
  return {
    handle,
    url: created.url,
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
