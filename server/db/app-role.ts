// On PostgreSQL the application does not run as the owner of its tables: the owner may disable the
// audit log's triggers, switch them off with session_replication_role, or TRUNCATE it. Migrations run
// as the owner; the app connects as a role that may read and write the tables but may only INSERT and
// SELECT the audit log, owns nothing, and so can neither alter a table nor its triggers.
//
// `npm start` with one DATABASE_URL sets this role up itself (on a database the URL's user owns and
// may create roles on); with APP_DATABASE_URL the role is someone else's to create (README).
import { createHmac } from "node:crypto";
import pg from "pg";
import { ADVISORY_LOCK } from "./advisory-locks.ts";

/** The role's name for a database: roles are per server, so one per database. */
export function appRoleName(databaseName: string): string {
  const name = `${databaseName}_app`.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  return name.slice(0, 63);
}

/**
 * The role's password, derived from the auth secret: every server process sharing one database
 * (and so one AUTH_SECRET) computes the same, so none locks out another by setting its own.
 */
export function appRolePassword(authSecret: string, databaseName: string): string {
  return createHmac("sha256", authSecret).update(`app-role:${databaseName}`).digest("hex");
}

/** The owner's URL with the app role's credentials instead. */
export function appRoleUrl(ownerUrl: string, role: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

/**
 * Creates (or updates) the app role and gives it exactly its privileges on every current table.
 * Run after each migration, so tables a migration added are covered. Idempotent.
 */
export async function grantAppRole(ownerUrl: string, role: string, password: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error(`Not a plain role name: ${role}`);
  if (!/^[0-9a-f]{64}$/.test(password)) throw new Error("The app role's password must be 64 hex digits.");
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const database = (await client.query<{ db: string }>("SELECT current_database() AS db")).rows[0]!.db;
    const quotedDatabase = `"${database.replace(/"/g, '""')}"`;
    const limits = "NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT";
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1::bigint)", [ADVISORY_LOCK.migration]);
    await client.query(`DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN
        ALTER ROLE "${role}" LOGIN PASSWORD '${password}' ${limits};
      ELSE
        CREATE ROLE "${role}" LOGIN PASSWORD '${password}' ${limits};
      END IF;
    END $$`);
    for (const statement of [
      `GRANT CONNECT ON DATABASE ${quotedDatabase} TO "${role}"`,
      `GRANT USAGE ON SCHEMA public TO "${role}"`,
      `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "${role}"`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${role}"`,
      // The audit log: written and read, never changed. The migrations' bookkeeping: read only.
      `REVOKE UPDATE, DELETE ON "audit_log" FROM "${role}"`,
      `REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM "${role}"`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "${role}"`,
    ])
      await client.query(statement);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Drops the role (after its database was dropped): tests and benchmarks clean up with it. */
export async function dropAppRole(serverUrl: string, role: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP ROLE IF EXISTS "${role}"`);
  } finally {
    await client.end();
  }
}
