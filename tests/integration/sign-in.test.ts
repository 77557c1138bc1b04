import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS } from "../../server/auth/sign-in-throttle.ts";
import { makeRegion, makeUser, TEST_PASSWORD } from "../factories/network.ts";
import { buildTestApp, sessionCookie, signInOverHttp, type TestApp, TEST_ORIGIN } from "../helpers/test-app.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase();
let app: TestApp;

beforeAll(async () => {
  app = await buildTestApp(database.db);
});
afterAll(async () => {
  await app.close();
});

async function auditEntries(action: string, actorEmail: string) {
  return database.db.auditLog.findMany({
    where: { action, actorEmail },
    select: { action: true, actorId: true, actorEmail: true, after: true, ip: true },
    orderBy: { id: "asc" },
  });
}

async function me(cookie: string | undefined) {
  const response = await app.inject({ method: "GET", url: "/api/trpc/session.me", headers: cookie ? { cookie } : {} });
  return response.json<{ result: { data: unknown } }>().result.data;
}

describe(`sign-in (${database.kind})`, () => {
  it("signs in with the right password, sets an HttpOnly SameSite cookie and audits it", async () => {
    const region = await makeRegion(database.db);
    const user = await makeUser(database.db, "REGIONAL_MANAGER", [region.id]);
    const response = await signInOverHttp(app, user.email, TEST_PASSWORD, "203.0.113.1");
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers["set-cookie"]);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(await me(sessionCookie(response))).toEqual(user);
    expect(await auditEntries("SIGN_IN", user.email)).toEqual([
      { action: "SIGN_IN", actorId: user.id, actorEmail: user.email, after: null, ip: "203.0.113.1" },
    ]);
  });

  it("refuses a wrong password and an unknown user alike (401), auditing each failure", async () => {
    const user = await makeUser(database.db, "AUDITOR", []);
    const wrong = await signInOverHttp(app, user.email, "not-the-password", "203.0.113.2");
    const unknown = await signInOverHttp(app, "nobody@test.example", TEST_PASSWORD, "203.0.113.2");
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: unknown.json<{ code: string }>().code });
    expect(wrong.headers["set-cookie"]).toBeUndefined();
    expect(await auditEntries("SIGN_IN_FAILED", user.email)).toEqual([
      {
        action: "SIGN_IN_FAILED",
        actorId: null,
        actorEmail: user.email,
        after: { reason: "BAD_CREDENTIALS" },
        ip: "203.0.113.2",
      },
    ]);
    expect(await auditEntries("SIGN_IN_FAILED", "nobody@test.example")).toHaveLength(1);
  });

  it("refuses a malformed email with a message naming the field, and audits it", async () => {
    const response = await signInOverHttp(app, "not-an-email", "whatever", "203.0.113.3");
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      fieldErrors: { email: ["Enter a valid email address, like name@example.com."] },
    });
    expect(await auditEntries("SIGN_IN_FAILED", "not-an-email")).toMatchObject([
      { after: { reason: "INVALID_INPUT" } },
    ]);
  });

  it("refuses an address after its failures (429, even the right password), audits the first refusal only", async () => {
    const user = await makeUser(database.db, "AUDITOR", []);
    const { max } = SIGN_IN_LIMITS.perAddress;
    const statuses: number[] = [];
    for (let i = 0; i < max; i++) {
      // Malformed attempts count like wrong passwords; other accounts each time, so the account
      // limit cannot be what refuses.
      const email = i % 2 === 0 ? `guess${i}.${user.email}` : `not-an-email-${i}`;
      statuses.push((await signInOverHttp(app, email, `wrong-${i}-password`, "198.51.100.7")).statusCode);
    }
    expect(statuses.filter((s) => s === 429)).toEqual([]);
    const refused = [
      await signInOverHttp(app, user.email, "wrong-again-password", "198.51.100.7"),
      await signInOverHttp(app, "not-an-email", "x", "198.51.100.7"),
      await signInOverHttp(app, user.email, TEST_PASSWORD, "198.51.100.7"),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([429, 429, 429]);
    expect(refused[0]!.headers["retry-after"]).toMatch(/^\d+$/);
    expect(refused[0]!.json()).toMatchObject({ code: "RATE_LIMITED" });
    // Only from that address.
    expect((await signInOverHttp(app, user.email, TEST_PASSWORD, "198.51.100.8")).statusCode).toBe(200);
    const limited = await database.db.auditLog.count({
      where: { action: "SIGN_IN_FAILED", ip: "198.51.100.7", after: { equals: { reason: "RATE_LIMITED" } } },
    });
    expect(limited).toBe(1);
  });

  it("refuses an account guessed from many addresses, whichever address comes next", async () => {
    const user = await makeUser(database.db, "AUDITOR", []);
    const other = await makeUser(database.db, "AUDITOR", []);
    const { max } = SIGN_IN_LIMITS.perAccount;
    for (let i = 0; i < max; i++) {
      const response = await signInOverHttp(app, user.email, `guess-${i}-password`, `192.0.2.${10 + i}`);
      expect(response.statusCode).toBe(401);
    }
    // The account is refused from a new address, even with its right password (upper-cased too)…
    expect((await signInOverHttp(app, user.email.toUpperCase(), TEST_PASSWORD, "192.0.2.99")).statusCode).toBe(429);
    // …while another account signs in from the same address.
    expect((await signInOverHttp(app, other.email, TEST_PASSWORD, "192.0.2.99")).statusCode).toBe(200);
  });

  it("does not count successful sign-ins: a whole office signs in from one address", async () => {
    const region = await makeRegion(database.db);
    const colleagues = await Promise.all(
      Array.from({ length: SIGN_IN_LIMITS.perAddress.max + 5 }, () => makeUser(database.db, "AUDITOR", [region.id])),
    );
    const statuses: number[] = [];
    for (const colleague of colleagues)
      statuses.push((await signInOverHttp(app, colleague.email, TEST_PASSWORD, "198.51.100.30")).statusCode);
    expect(new Set(statuses)).toEqual(new Set([200]));
  });

  it("ignores a client-supplied address header when throttling", async () => {
    const user = await makeUser(database.db, "AUDITOR", []);
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress.max + 1; i++) {
      const response = await app.inject({
        method: "POST",
        url: "/api/auth/sign-in/email",
        headers: {
          "content-type": "application/json",
          origin: TEST_ORIGIN,
          "x-franchise-audit-client-ip": `10.0.0.${i}`,
          "x-forwarded-for": `10.0.1.${i}`,
        },
        remoteAddress: "198.51.100.20",
        // A different account each time, so only the address can be what is counted.
        payload: { email: `guess${i}.${user.email}`, password: "wrong-password-x" },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.at(-1)).toBe(429);
  });

  it("gives a deactivated user no session, and ends the sessions they had", async () => {
    const user = await makeUser(database.db, "AUDITOR", []);
    const before = await signInOverHttp(app, user.email, TEST_PASSWORD, "203.0.113.4");
    const cookie = sessionCookie(before);
    expect(await me(cookie)).toMatchObject({ id: user.id });
    await database.db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await me(cookie)).toBeNull();
    const rightPassword = await signInOverHttp(app, user.email, TEST_PASSWORD, "203.0.113.4");
    const wrongPassword = await signInOverHttp(app, user.email, "not-the-password", "203.0.113.4");
    // The same answer either way: it tells a guesser nothing about the password.
    expect([rightPassword.statusCode, rightPassword.body]).toEqual([wrongPassword.statusCode, wrongPassword.body]);
    expect(rightPassword.statusCode).toBe(401);
    expect(rightPassword.headers["set-cookie"]).toBeUndefined();
    expect(await auditEntries("SIGN_IN_FAILED", user.email)).toMatchObject([
      { after: { reason: "DEACTIVATED" } },
      { after: { reason: "BAD_CREDENTIALS" } },
    ]);
  });

  it("exposes only sign-in, sign-out and the session of better-auth's routes", async () => {
    const user = await makeUser(database.db, "AUDITOR", []);
    const cookie = sessionCookie(await signInOverHttp(app, user.email, TEST_PASSWORD, "203.0.113.5"));
    const headers = { cookie, "content-type": "application/json", origin: TEST_ORIGIN };
    const sideDoors = [
      ["/api/auth/update-user", { name: "HQ 总部 Admin", image: "javascript:alert(1)" }],
      ["/api/auth/change-password", { currentPassword: TEST_PASSWORD, newPassword: "Another-Pass-2026!" }],
      ["/api/auth/sign-up/email", { email: "new@test.example", password: "Another-Pass-2026!", name: "x" }],
      ["/api/auth/revoke-sessions", {}],
      ["/api/auth/delete-user", {}],
    ] as const;
    for (const [url, payload] of sideDoors) {
      const response = await app.inject({ method: "POST", url, headers, payload });
      expect([url, response.statusCode]).toEqual([url, 404]);
    }
    expect((await app.inject({ method: "GET", url: "/api/auth/list-sessions", headers })).statusCode).toBe(404);
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(user.name);
    const session = await app.inject({ method: "GET", url: "/api/auth/get-session", headers });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ user: { id: user.id } });
  });

  it("refuses a session cookie whose token or signature was altered", async () => {
    const user = await makeUser(database.db, "AUDITOR", []);
    const cookie = sessionCookie(await signInOverHttp(app, user.email, TEST_PASSWORD, "203.0.113.6"));
    expect(await me(cookie)).toMatchObject({ id: user.id });
    const [name, value] = cookie.split("=") as [string, string];
    const decoded = decodeURIComponent(value);
    const dot = decoded.lastIndexOf(".");
    const otherToken = `${decoded.slice(0, dot - 1)}${decoded[dot - 1] === "a" ? "b" : "a"}${decoded.slice(dot)}`;
    expect(await me(`${name}=${encodeURIComponent(otherToken)}`)).toBeNull();
    expect(await me(`${name}=${encodeURIComponent(decoded.slice(0, dot))}`)).toBeNull();
  });

  it("extends a session used more than an hour after it was last extended, and ends an expired one", async () => {
    const user = await makeUser(database.db, "AUDITOR", []);
    const cookie = sessionCookie(await signInOverHttp(app, user.email, TEST_PASSWORD, "203.0.113.7"));
    const inElevenHours = new Date(Date.now() + 11 * 3_600_000 - 60_000);
    await database.db.session.updateMany({ where: { userId: user.id }, data: { expiresAt: inElevenHours } });
    expect(await me(cookie)).toMatchObject({ id: user.id });
    const extended = await database.db.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(extended.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11.9 * 3_600_000);

    await database.db.session.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await me(cookie)).toBeNull();
  });

  it("signs out: the cookie stops working and the sign-out is audited", async () => {
    const user = await makeUser(database.db, "HQ_ADMIN", []);
    const cookie = sessionCookie(await signInOverHttp(app, user.email, TEST_PASSWORD, "203.0.113.5"));
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { cookie, origin: TEST_ORIGIN, "content-type": "application/json" },
      payload: {},
    });
    expect(response.statusCode).toBe(200);
    expect(await me(cookie)).toBeNull();
    expect(await auditEntries("SIGN_OUT", user.email)).toHaveLength(1);
  });

  it("keeps sign-up closed", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: { "content-type": "application/json", origin: TEST_ORIGIN },
      payload: { email: "intruder@test.example", password: "Intruder-Pass-1", name: "Intruder" },
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(await database.db.user.count({ where: { email: "intruder@test.example" } })).toBe(0);
  });
});
