// Headquarters administers users: temporary passwords, roles and regions, deactivation that ends
// sessions at once (issue 6; DOMAIN.md, Users and what each may do).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../server/context.ts";
import { makeCenter, makeRegion, makeUser, TEST_PASSWORD } from "../factories/network.ts";
import { callerFor } from "../helpers/callers.ts";
import { fieldErrorsOfCall, schemaIssuesOfCall } from "../helpers/field-errors.ts";
import { buildTestApp, sessionCookie, signInOverHttp, type TestApp } from "../helpers/test-app.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase();
let app: TestApp;
let north: { id: number };
let south: { id: number };
let hq: SessionUser;

beforeAll(async () => {
  app = await buildTestApp(database.db);
  north = await makeRegion(database.db);
  south = await makeRegion(database.db);
  hq = await makeUser(database.db, "HQ_ADMIN", []);
});
afterAll(async () => {
  await app.close();
});

/** A tRPC query over HTTP with a session cookie: what the browser would get. */
async function queryOverHttp(cookie: string, path: string) {
  const response = await app.inject({ method: "GET", url: `/api/trpc/${path}`, headers: { cookie } });
  return { status: response.statusCode, body: response.json<{ error?: { message: string } }>() };
}

describe(`users administered by headquarters (${database.kind})`, () => {
  it("creates a user with a temporary password that must be changed before anything else", async () => {
    const created = await callerFor(database.db, hq).users.create({
      email: "  Li.Na@Test.Example ",
      user: { name: "李娜", role: "AUDITOR", regionIds: [north.id] },
    });
    expect(created.temporaryPassword).toMatch(/^[A-Za-z2-9]{16}$/);
    const listed = (await callerFor(database.db, hq).users.list()).find((u) => u.id === created.id);
    expect(listed).toMatchObject({
      email: "li.na@test.example",
      role: "AUDITOR",
      regionIds: [north.id],
      active: true,
      mustChangePassword: true,
    });

    const signIn = await signInOverHttp(app, "li.na@test.example", created.temporaryPassword, "198.51.100.1");
    expect(signIn.statusCode).toBe(200);
    const cookie = sessionCookie(signIn);
    const refused = await queryOverHttp(cookie, "centers.list");
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toBe(
      "Choose your own password first: a temporary password only lets you change it.",
    );

    const changed = await app.inject({
      method: "POST",
      url: "/api/trpc/session.changePassword",
      headers: { cookie, "content-type": "application/json", "x-franchise-audit": "1" },
      payload: { currentPassword: created.temporaryPassword, newPassword: "My-own-password-2026" },
    });
    expect(changed.statusCode).toBe(200);
    expect((await queryOverHttp(cookie, "centers.list")).status).toBe(200);
    expect(await database.db.auditLog.count({ where: { action: "PASSWORD_CHANGED", entityId: created.id } })).toBe(1);
    expect(
      (await signInOverHttp(app, "li.na@test.example", created.temporaryPassword, "198.51.100.1")).statusCode,
    ).toBe(401);
  });

  it("refuses a taken email, a role without regions, and headquarters with regions", async () => {
    const taken = await makeUser(database.db, "AUDITOR", [north.id]);
    const errors = await fieldErrorsOfCall(
      callerFor(database.db, hq).users.create({
        email: taken.email,
        user: { name: "Again", role: "AUDITOR", regionIds: [north.id] },
      }),
    );
    expect(errors).toEqual({ email: [`${taken.email} already has an account.`] });
    expect(
      await schemaIssuesOfCall(
        callerFor(database.db, hq).users.create({
          email: "not-an-email",
          user: { name: "Nobody", role: "REGIONAL_MANAGER", regionIds: [] },
        }),
      ),
    ).toEqual([
      "email: Enter a valid email address, like name@example.com.",
      "user.regionIds: Choose at least one region for this role.",
    ]);
    expect(
      await schemaIssuesOfCall(
        callerFor(database.db, hq).users.create({
          email: "hq2@test.example",
          user: { name: "HQ", role: "HQ_ADMIN", regionIds: [north.id] },
        }),
      ),
    ).toEqual(["user.regionIds: Headquarters sees every region: leave the regions empty."]);
    expect(await database.db.user.count({ where: { email: { in: ["not-an-email", "hq2@test.example"] } } })).toBe(0);
  });

  it("changes role and regions, effective on the user's next request", async () => {
    const manager = await makeUser(database.db, "REGIONAL_MANAGER", [north.id]);
    const southCenter = await makeCenter(database.db, south.id);
    const cookie = sessionCookie(await signInOverHttp(app, manager.email, TEST_PASSWORD, "198.51.100.2"));
    expect(
      (
        await queryOverHttp(
          cookie,
          `centers.byId?input=${encodeURIComponent(JSON.stringify({ centerId: southCenter.id }))}`,
        )
      ).status,
    ).toBe(404);
    await callerFor(database.db, hq).users.update({
      userId: manager.id,
      user: { name: manager.name, role: "REGIONAL_MANAGER", regionIds: [south.id] },
    });
    expect(
      (
        await queryOverHttp(
          cookie,
          `centers.byId?input=${encodeURIComponent(JSON.stringify({ centerId: southCenter.id }))}`,
        )
      ).status,
    ).toBe(200);
    const entry = await database.db.auditLog.findFirst({ where: { action: "USER_UPDATED", entityId: manager.id } });
    expect(entry).toMatchObject({ before: { regionIds: [north.id] }, after: { regionIds: [south.id] } });
  });

  it("deactivates a user: their open sessions end at once and they cannot sign in again", async () => {
    const auditor = await makeUser(database.db, "AUDITOR", [north.id]);
    const first = sessionCookie(await signInOverHttp(app, auditor.email, TEST_PASSWORD, "198.51.100.3"));
    const second = sessionCookie(await signInOverHttp(app, auditor.email, TEST_PASSWORD, "198.51.100.4"));
    expect((await queryOverHttp(first, "centers.list")).status).toBe(200);

    const result = await callerFor(database.db, hq).users.setActive({
      userId: auditor.id,
      active: false,
      reason: "Left the company",
    });
    expect(result).toEqual({ active: false, sessionsEnded: 2 });
    expect(await database.db.session.count({ where: { userId: auditor.id } })).toBe(0);
    for (const cookie of [first, second]) expect((await queryOverHttp(cookie, "centers.list")).status).toBe(401);
    expect((await signInOverHttp(app, auditor.email, TEST_PASSWORD, "198.51.100.3")).statusCode).toBe(401);
    expect(
      await database.db.auditLog.findFirst({ where: { action: "USER_DEACTIVATED", entityId: auditor.id } }),
    ).toMatchObject({
      actorId: hq.id,
      before: { active: true },
      after: { active: false, reason: "Left the company", sessionsEnded: 2 },
    });

    await callerFor(database.db, hq).users.setActive({ userId: auditor.id, active: true, reason: "Came back" });
    expect((await signInOverHttp(app, auditor.email, TEST_PASSWORD, "198.51.100.3")).statusCode).toBe(200);
  });

  it("does not let headquarters deactivate itself or change its own role", async () => {
    await expect(
      callerFor(database.db, hq).users.setActive({ userId: hq.id, active: false, reason: "Testing" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "You cannot deactivate yourself; ask another headquarters admin.",
    });
    await expect(
      callerFor(database.db, hq).users.update({
        userId: hq.id,
        user: { name: "HQ", role: "AUDITOR", regionIds: [north.id] },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("resets a password: the old one and the old sessions stop working", async () => {
    const manager = await makeUser(database.db, "REGIONAL_MANAGER", [north.id]);
    const cookie = sessionCookie(await signInOverHttp(app, manager.email, TEST_PASSWORD, "198.51.100.5"));
    const { temporaryPassword, sessionsEnded } = await callerFor(database.db, hq).users.resetPassword({
      userId: manager.id,
    });
    expect(sessionsEnded).toBe(1);
    expect((await queryOverHttp(cookie, "centers.list")).status).toBe(401);
    expect((await signInOverHttp(app, manager.email, TEST_PASSWORD, "198.51.100.5")).statusCode).toBe(401);
    expect((await signInOverHttp(app, manager.email, temporaryPassword, "198.51.100.5")).statusCode).toBe(200);
  });

  it("refuses a new password that is easy to guess, saying how to choose a better one", async () => {
    const auditor = await makeUser(database.db, "AUDITOR", [north.id]);
    for (const weak of ["aaaaaaaaaaaa", "Password1234", "qwertyuiop12"]) {
      const errors = await fieldErrorsOfCall(
        callerFor(database.db, auditor).session.changePassword({ currentPassword: TEST_PASSWORD, newPassword: weak }),
      );
      expect(errors?.newPassword?.[0]).toMatch(
        /^This password is too easy to guess\. .*Use four or more unrelated words/,
      );
    }
    // Nothing changed: the old password still signs in, and no change was audited.
    expect((await signInOverHttp(app, auditor.email, TEST_PASSWORD, "198.51.100.6")).statusCode).toBe(200);
    expect(await database.db.auditLog.count({ where: { action: "PASSWORD_CHANGED", actorId: auditor.id } })).toBe(0);
    await callerFor(database.db, auditor).session.changePassword({
      currentPassword: TEST_PASSWORD,
      newPassword: "lantern orchard copper tide",
    });
    expect(await database.db.auditLog.count({ where: { action: "PASSWORD_CHANGED", actorId: auditor.id } })).toBe(1);
  });

  it("refuses a wrong current password when changing it", async () => {
    const auditor = await makeUser(database.db, "AUDITOR", [north.id]);
    const errors = await fieldErrorsOfCall(
      callerFor(database.db, auditor).session.changePassword({
        currentPassword: "wrong",
        newPassword: "Another-password-1",
      }),
    );
    expect(errors).toEqual({ currentPassword: ["The current password is not right."] });
  });
});
