import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Db } from "../../server/db/create-database.ts";
import { migrateDatabase, readMigrations } from "../../server/db/migrate.ts";
import { splitSqlStatements } from "../../server/db/split-sql.ts";
import { makeCenter, makeRegion } from "../factories/network.ts";
import { createScratchDatabase, useTestDatabase } from "../setup/test-database.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const database = useTestDatabase();

/**
 * The shape of the public schema as PostgreSQL's catalog describes it. CHECKs, triggers and partial
 * indexes are left out: schema.prisma cannot express them, so they are hand-written in migrations.
 */
async function catalogSnapshot(db: Db) {
  const columns = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT table_name::text, column_name::text, data_type::text, udt_name::text, is_nullable::text,
           column_default::text, character_maximum_length::int, numeric_precision::int,
           numeric_scale::int, datetime_precision::int
    FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
    ORDER BY table_name, column_name`;
  const indexes = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT tablename::text, indexname::text, indexdef FROM pg_indexes
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND indexdef NOT LIKE '% WHERE %'
    ORDER BY indexname`;
  const constraints = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT c.conname::text, c.contype::text AS contype, pg_get_constraintdef(c.oid) AS definition
    FROM pg_constraint c
    JOIN pg_namespace n ON n.oid = c.connamespace
    JOIN pg_class t ON t.oid = c.conrelid
    WHERE n.nspname = 'public' AND c.contype <> 'c' AND t.relname <> '_prisma_migrations'
    ORDER BY c.conname`;
  const enums = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT t.typname::text, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`;
  return { columns, indexes, constraints, enums };
}

describe(`migrations (${database.kind})`, () => {
  it("give exactly the schema that schema.prisma describes", async () => {
    // What Prisma itself would create from schema.prisma, applied to an empty embedded database…
    const expectedSql = execFileSync(
      "node_modules/.bin/prisma",
      [
        "migrate",
        "diff",
        "--config",
        ".config/prisma.ts",
        "--from-empty",
        "--to-schema-datamodel",
        "prisma/schema.prisma",
        "--script",
      ],
      // CHECKPOINT_DISABLE: no update check, which would wait on a network this machine does not have.
      {
        cwd: root,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
        env: { ...process.env, CHECKPOINT_DISABLE: "1" },
      },
    );
    const reference = await createScratchDatabase(database.kind);
    try {
      for (const statement of splitSqlStatements(expectedSql)) await reference.handle.db.$executeRawUnsafe(statement);
      // …must match what our migrations produced in this test's database.
      expect(await catalogSnapshot(database.ownerDb)).toEqual(await catalogSnapshot(reference.handle.db));
    } finally {
      await reference.dispose();
    }
  });

  it("record each migration in _prisma_migrations with Prisma's checksum, and apply nothing twice", async () => {
    const rows = await database.ownerDb.$queryRaw<
      { migration_name: string; checksum: string; finished_at: Date | null }[]
    >`
      SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`;
    const migrations = readMigrations();
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(migrations.map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
    expect(await migrateDatabase(database.ownerDb)).toEqual([]);
  });

  it("refuse to run when an applied migration was edited", async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(migrateDatabase(database.ownerDb, edited)).rejects.toThrow(/was changed after it was applied/);
  });
});

describe(`database rules (${database.kind})`, () => {
  it("keep the audit log append-only, even for its owner: UPDATE, DELETE and TRUNCATE are refused", async () => {
    const db = database.ownerDb;
    await db.auditLog.create({ data: { action: "TEST", entityType: "test", actorEmail: "a@test.example" } });
    await expect(db.$executeRawUnsafe(`UPDATE audit_log SET action = 'CHANGED'`)).rejects.toThrow();
    await expect(db.$executeRawUnsafe(`DELETE FROM audit_log`)).rejects.toThrow();
    await expect(db.$executeRawUnsafe(`TRUNCATE audit_log`)).rejects.toThrow();
    await expect(db.auditLog.deleteMany({})).rejects.toThrow();
    const rows = await db.auditLog.findMany({ where: { action: "TEST" }, select: { action: true } });
    expect(rows).toEqual([{ action: "TEST" }]);
  });

  it("require an authorization number exactly for authorized centers", async () => {
    const db = database.db;
    const region = await makeRegion(db);
    const base = { name: "x", regionId: region.id, province: "浙江", city: "杭州", cityTier: 2, address: "1 号" };
    await expect(db.center.create({ data: { ...base, code: "NOAUTH1", kind: "AUTHORIZED" } })).rejects.toThrow();
    await expect(
      db.center.create({ data: { ...base, code: "DIRAUTH1", kind: "DIRECT", authorizationNo: "AUTH-X" } }),
    ).rejects.toThrow();
    await expect(db.center.create({ data: { ...base, code: "TIER9", kind: "DIRECT", cityTier: 9 } })).rejects.toThrow();
    await expect(db.center.create({ data: { ...base, code: "OKDIRECT", kind: "DIRECT" } })).resolves.toMatchObject({
      code: "OKDIRECT",
    });
  });

  it("give authorized centers a grade and direct ones none, and keep a complaint's timeline append-only", async () => {
    const db = database.db;
    const region = await makeRegion(db);
    const base = { name: "x", regionId: region.id, province: "浙江", city: "杭州", cityTier: 2, address: "1 号" };
    await expect(
      db.center.create({ data: { ...base, code: "NOGRADE1", kind: "AUTHORIZED", authorizationNo: "AUTH-NG1" } }),
    ).rejects.toThrow();
    await expect(
      db.center.create({ data: { ...base, code: "DIRGRADE1", kind: "DIRECT", grade: "A" } }),
    ).rejects.toThrow();
    const center = await makeCenter(db, region.id);
    const complaint = await db.complaint.create({
      data: {
        channel: "HOTLINE",
        channelRef: "MIG-1",
        receivedAt: new Date(),
        periodKey: "2026-11",
        centerId: center.id,
        category: "ATTITUDE",
        customerName: "王先生",
        customerPhone: "13812345678",
        description: "态度不好",
        cycleStartedAt: new Date(),
        events: { create: { cycle: 0, kind: "RECORDED" } },
      },
      select: { id: true },
    });
    await expect(db.$executeRawUnsafe(`UPDATE complaint_event SET note = 'changed'`)).rejects.toThrow();
    await expect(db.$executeRawUnsafe(`DELETE FROM complaint_event`)).rejects.toThrow();
    expect(await db.complaintEvent.count({ where: { complaintId: complaint.id } })).toBe(1);
  });

  it("keep a callback's rating consistent with its outcome and its work order unique", async () => {
    const db = database.db;
    const region = await makeRegion(db);
    const center = await makeCenter(db, region.id);
    const user = await db.user.create({
      data: { id: "cb-user", name: "u", email: "cb@test.example", role: "REGIONAL_MANAGER" },
    });
    const call = {
      centerId: center.id,
      calledAt: new Date("2026-10-05T02:00:00Z"),
      periodKey: "2026-10",
      recordedById: user.id,
    };
    await expect(
      db.callback.create({ data: { ...call, workOrderNo: "WO-1", outcome: "REACHED", rating: 6 } }),
    ).rejects.toThrow();
    await expect(db.callback.create({ data: { ...call, workOrderNo: "WO-2", outcome: "REACHED" } })).rejects.toThrow();
    await expect(
      db.callback.create({ data: { ...call, workOrderNo: "WO-3", outcome: "UNREACHABLE", rating: 3 } }),
    ).rejects.toThrow();
    await db.callback.create({ data: { ...call, workOrderNo: "WO-4", outcome: "REACHED", rating: 5 } });
    await expect(db.callback.create({ data: { ...call, workOrderNo: "WO-4", outcome: "REFUSED" } })).rejects.toThrow();
    expect(await db.callback.count()).toBe(1);
  });
});

// PGlite is embedded: the application is the database's only user, so there is no other role to
// run as. On PostgreSQL the application connects as the app role (server/db/app-role.ts).
describe.runIf(database.kind === "postgres")(`the application's database role (${database.kind})`, () => {
  const refusals = [
    `UPDATE audit_log SET action = 'CHANGED'`,
    `DELETE FROM audit_log`,
    `TRUNCATE audit_log`,
    `ALTER TABLE audit_log DISABLE TRIGGER ALL`,
    `ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete`,
    `DROP TRIGGER audit_log_no_update_or_delete ON audit_log`,
    `SET session_replication_role = replica`,
    `TRUNCATE center CASCADE`,
    `DROP TABLE audit_log`,
    `CREATE TABLE sneaky (x int)`,
    `ALTER ROLE CURRENT_USER SUPERUSER`,
    `DELETE FROM "_prisma_migrations"`,
  ];

  it.each(refusals)("cannot run: %s", async (statement) => {
    await database.db.auditLog.create({
      data: { action: "ROLE_TEST", entityType: "test", actorEmail: "r@test.example" },
    });
    await expect(database.db.$executeRawUnsafe(statement)).rejects.toThrow(
      /permission denied|must be owner|must be superuser|cannot/i,
    );
    expect(await database.db.auditLog.count({ where: { action: "ROLE_TEST" } })).toBeGreaterThan(0);
  });

  it("is not the owner, and may read and append the audit log", async () => {
    const [who] = await database.db.$queryRaw<{ user: string; owner: string; superuser: boolean }[]>`
      SELECT current_user::text AS user, tableowner::text AS owner,
             (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser
      FROM pg_tables WHERE tablename = 'audit_log'`;
    expect(who!.user).toMatch(/_app$/);
    expect(who!.user).not.toBe(who!.owner);
    expect(who!.superuser).toBe(false);
    await database.db.auditLog.create({
      data: { action: "ROLE_APPEND", entityType: "test", actorEmail: "r@test.example" },
    });
    expect(await database.db.auditLog.count({ where: { action: "ROLE_APPEND" } })).toBe(1);
  });
});
