// Two server processes on one PostgreSQL database, as behind a load balancer: both start at once
// (one migrates and seeds, the other waits), a session from one is good on the other, an import is
// uploaded to one and followed and committed on the other, sign-in failures count across both, and
// a period closed on one is what the other's scorecards show at once.
//
// PostgreSQL only: PGlite is embedded in one process, so two processes cannot share it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS } from "../../server/auth/sign-in-throttle.ts";
import { DEMO_PASSWORD, demoManagerEmail, DEMO_HQ } from "../../prisma/seed-data/people.ts";
import { type RunningServer, startServer } from "../helpers/running-server.ts";
import { createScratchPostgresDatabase } from "../setup/scratch-postgres.ts";
import { testDatabaseKind } from "../setup/test-database.ts";
import { appRoleName, dropAppRole } from "../../server/db/app-role.ts";

const kind = testDatabaseKind();

describe.runIf(kind === "postgres")("two servers on one PostgreSQL database", () => {
  let a: RunningServer;
  let b: RunningServer;
  let dropDatabase: () => Promise<void>;
  let role: string;
  const cookies: Record<"manager" | "hq", string> = { manager: "", hq: "" };

  beforeAll(async () => {
    const scratch = await createScratchPostgresDatabase(process.env.TEST_DATABASE_URL!, "franchise_audit_two");
    role = appRoleName(scratch.name);
    dropDatabase = scratch.drop;
    const authSecret = `two-servers-${randomUUID()}`;
    [a, b] = await Promise.all([
      startServer({ databaseUrl: scratch.url, authSecret, requireClient: false }),
      startServer({ databaseUrl: scratch.url, authSecret, requireClient: false }),
    ]);
    cookies.manager = await signIn(a, demoManagerEmail("EAST"), DEMO_PASSWORD);
    cookies.hq = await signIn(b, DEMO_HQ.email, DEMO_PASSWORD);
  }, 300_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await dropDatabase?.();
    if (role) await dropAppRole(process.env.TEST_DATABASE_URL!, role);
  });

  it("start together: one seeds the demo network, the other finds it, both serve as the app role", () => {
    const seeded = [a.output(), b.output()].filter((out) => out.includes("(demo network loaded)"));
    expect(seeded).toHaveLength(1);
    for (const server of [a, b]) expect(server.output()).toContain(`as role ${role}`);
  });

  it("accept a session signed in on the other server", async () => {
    const onB = await trpcQuery(b, "session.me", undefined, cookies.manager);
    expect(onB).toMatchObject({ email: demoManagerEmail("EAST") });
  });

  it("upload an import on one server, follow and commit it on the other", async () => {
    const centers = (await trpcQuery(b, "centers.list", {}, cookies.manager)) as { code: string; status: string }[];
    const center = centers.find((c) => c.status !== "REVOKED")!;
    const token = randomUUID();
    const rows = Array.from(
      { length: 25 },
      (_, i) => `TWO-${token.slice(0, 8)}-${i},${center.code},${recentCall()},REACHED,${1 + (i % 5)}`,
    );
    const csv = ["work_order_no,center_code,called_at,outcome,rating", ...rows].join("\n");
    const upload = await fetch(`${a.url}/api/callback-imports?fileName=two.csv&progressToken=${token}`, {
      method: "POST",
      headers: { cookie: cookies.manager, "content-type": "text/csv", "x-franchise-audit": "1", origin: a.url },
      body: csv,
    });
    expect(upload.status).toBe(200);
    const validation = (await upload.json()) as { importId: number; status: string; rowCount: number; errors: unknown };
    expect(validation).toMatchObject({ status: "VALIDATED", rowCount: 25, errors: [] });

    expect(await trpcQuery(b, "callbacks.importProgress", { token }, cookies.manager)).toEqual({
      phase: "DONE",
      rowsRead: 25,
    });
    const committed = await trpcMutation(
      b,
      "callbacks.commitImport",
      { importId: validation.importId },
      cookies.manager,
    );
    expect(committed).toMatchObject({ importId: validation.importId, insertedCount: 25 });
    const imports = (await trpcQuery(a, "callbacks.imports", undefined, cookies.manager)) as {
      id: number;
      status: string;
    }[];
    expect(imports.find((i) => i.id === validation.importId)?.status).toBe("COMMITTED");
  });

  it("close a period on one server while the other serves scorecards, which then show the close", async () => {
    const periods = (await trpcQuery(a, "periods.list", undefined, cookies.hq)) as { latestClosed: string };
    const periodKey = periods.latestClosed;
    await trpcMutation(a, "periods.reopen", { periodKey, reason: "Two-server check: re-close" }, cookies.hq);
    const reopened = await trpcQuery(b, "scorecards.get", { periodKey }, cookies.hq);

    // Scorecards keep being read on B while A closes.
    let reading = true;
    const readsOnB: number[] = [];
    const reader = (async () => {
      while (reading) {
        const response = await fetch(
          `${b.url}/api/trpc/scorecards.get?input=${encodeURIComponent(JSON.stringify({ periodKey }))}`,
          {
            headers: { cookie: cookies.hq },
          },
        );
        readsOnB.push(response.status);
        await response.arrayBuffer();
      }
    })();
    await trpcMutation(a, "periods.close", { periodKey }, cookies.hq);
    reading = false;
    await reader;
    expect(readsOnB.length).toBeGreaterThan(0);
    expect(new Set(readsOnB)).toEqual(new Set([200]));

    const afterOnB = await trpcQuery(b, "scorecards.get", { periodKey }, cookies.hq);
    const afterOnA = await trpcQuery(a, "scorecards.get", { periodKey }, cookies.hq);
    expect(afterOnB).toEqual(afterOnA);
    expect(afterOnB).not.toEqual(reopened);
  });

  it("count sign-in failures across both servers", async () => {
    const email = `nobody.${randomUUID().slice(0, 8)}@demo.franchise-audit.cn`;
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount.max; i++)
      statuses.push((await signInResponse(i % 2 === 0 ? a : b, email, `wrong-${i}-password`)).status);
    expect(new Set(statuses)).toEqual(new Set([401]));
    expect((await signInResponse(a, email, "another-wrong-one")).status).toBe(429);
    expect((await signInResponse(b, email, "another-wrong-one")).status).toBe(429);
  });
});

/** A minute ago as the call center's export writes it (Shanghai wall time), kept in the open month. */
function recentCall(): string {
  const shanghai = (instant: number) => new Date(instant + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
  const now = shanghai(Date.now());
  const minuteAgo = shanghai(Date.now() - 60_000);
  return minuteAgo.slice(0, 7) === now.slice(0, 7) ? minuteAgo : `${now.slice(0, 7)}-01 00:00`;
}

async function signInResponse(server: RunningServer, email: string, password: string) {
  return fetch(`${server.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.url },
    body: JSON.stringify({ email, password }),
  });
}

async function signIn(server: RunningServer, email: string, password: string): Promise<string> {
  const response = await signInResponse(server, email, password);
  if (response.status !== 200)
    throw new Error(`Sign-in as ${email} answered ${response.status}: ${await response.text()}`);
  return response.headers.getSetCookie()[0]!.split(";")[0]!;
}

async function trpcQuery(server: RunningServer, path: string, input: unknown, cookie: string): Promise<unknown> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await fetch(`${server.url}/api/trpc/${path}${query}`, { headers: { cookie } });
  return resultOf(path, response);
}

async function trpcMutation(server: RunningServer, path: string, input: unknown, cookie: string): Promise<unknown> {
  const response = await fetch(`${server.url}/api/trpc/${path}`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", "x-franchise-audit": "1", origin: server.url },
    body: JSON.stringify(input),
  });
  return resultOf(path, response);
}

async function resultOf(path: string, response: Response): Promise<unknown> {
  const body = (await response.json()) as { result?: { data: unknown }; error?: unknown };
  if (!response.ok || !body.result)
    throw new Error(`${path} answered ${response.status}: ${JSON.stringify(body.error)}`);
  return body.result.data;
}
