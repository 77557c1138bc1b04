// The real HTTP app (fastify + better-auth + tRPC) over a test database, driven with inject().
import type { Db } from "../../server/db/create-database.ts";
import { buildApp } from "../../server/app.ts";
import { createAuth } from "../../server/auth/create-auth.ts";
import { TEST_AUTH_SECRET } from "../setup/test-database.ts";

export const TEST_ORIGIN = "http://localhost:3000";

export async function buildTestApp(db: Db) {
  const auth = createAuth({
    db,
    secret: TEST_AUTH_SECRET,
    baseURL: TEST_ORIGIN,
    trustedOrigins: [TEST_ORIGIN],
  });
  const app = await buildApp({ db, auth });
  await app.ready();
  return app;
}

export type TestApp = Awaited<ReturnType<typeof buildTestApp>>;

export async function signInOverHttp(app: TestApp, email: string, password: string, ip = "203.0.113.10") {
  return app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    headers: { "content-type": "application/json", origin: TEST_ORIGIN },
    remoteAddress: ip,
    payload: { email, password },
  });
}

/** The session cookie from a sign-in response, ready for a Cookie header. */
export function sessionCookie(response: { headers: Record<string, string | string[] | number | undefined> }): string {
  const raw = response.headers["set-cookie"];
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (typeof first !== "string") throw new Error("The response set no cookie.");
  return first.split(";")[0]!;
}
