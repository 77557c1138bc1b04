// The database as `npm start` opens it: migrated by its owner, then, on PostgreSQL, served through
// the app role (app-role.ts): set up here from DATABASE_URL alone, or given as APP_DATABASE_URL.
// PGlite is embedded in this process, with no other user to keep out: it is opened as it is.
import pg from "pg";
import { ADVISORY_LOCK } from "./advisory-locks.ts";
import { appRoleName, appRolePassword, appRoleUrl, databaseNameOf, grantAppRole } from "./app-role.ts";
import { createDatabase, type DatabaseHandle, type Db, isPostgresUrl, redactUrl } from "./create-database.ts";
import { migrateDatabase } from "./migrate.ts";

export interface OpenedDatabase<T> {
  database: DatabaseHandle;
  applied: string[];
  /** What `prepare` returned. */
  prepared: T;
  /** The PostgreSQL role the application runs as, when it is not the owner. */
  appRole: string | null;
}

export async function openAppDatabase<T>(options: {
  databaseUrl: string;
  appDatabaseUrl: string | undefined;
  authSecret: string;
  /** Runs as the owner after the migrations (the demo seed, which resets a sequence). */
  prepare: (db: Db) => Promise<T>;
}): Promise<OpenedDatabase<T>> {
  const { databaseUrl, appDatabaseUrl, authSecret, prepare } = options;
  if (!isPostgresUrl(databaseUrl)) {
    const database = await createDatabase(databaseUrl);
    const applied = await migrateDatabase(database.db);
    return { database, applied, prepared: await prepare(database.db), appRole: null };
  }
  // Several servers may start at once on one database: one migrates and seeds, the others wait
  // and then find the work done.
  const { applied, prepared } = await whileHoldingStartupLock(databaseUrl, async () => {
    const owner = await createDatabase(databaseUrl);
    try {
      return { applied: await migrateDatabase(owner.db), prepared: await prepare(owner.db) };
    } finally {
      await owner.close();
    }
  });
  if (appDatabaseUrl) {
    const appRole = decodeURIComponent(new URL(appDatabaseUrl).username);
    return { database: await createDatabase(appDatabaseUrl), applied, prepared, appRole };
  }
  const name = databaseNameOf(databaseUrl);
  const role = appRoleName(name);
  const password = appRolePassword(authSecret, name);
  try {
    await grantAppRole(databaseUrl, role, password);
  } catch (error) {
    throw new Error(
      `Could not set up the application's database role "${role}" on ${redactUrl(databaseUrl)}: ` +
        `${error instanceof Error ? error.message : String(error)}. The user of DATABASE_URL must own the ` +
        "database and may create roles; on a managed database, create the role yourself and set " +
        "APP_DATABASE_URL to it (README, Against PostgreSQL).",
    );
  }
  return { database: await createDatabase(appRoleUrl(databaseUrl, role, password)), applied, prepared, appRole: role };
}

// A session-level lock on its own connection, held across the migrations and the seed (which use
// the Prisma pool): a second server starting now waits here until the first is done.
async function whileHoldingStartupLock<R>(ownerUrl: string, work: () => Promise<R>): Promise<R> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1::bigint)", [ADVISORY_LOCK.startup]);
    return await work();
  } finally {
    await client.end(); // ending the session releases its lock
  }
}
