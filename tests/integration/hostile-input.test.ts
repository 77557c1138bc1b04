// Hostile values at the boundary (issue 14, part 1): ids beyond the 32-bit columns, NUL bytes and
// unpaired surrogates in text, anonymously too. Each is refused with a 4xx and a field message
// through the real HTTP stack, nothing is stored, and no answer shows server internals.
import { fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { createContextInner } from "../../server/context.ts";
import { errorIdOf } from "../../server/http/unexpected-error.ts";
import { publicProcedure, router } from "../../server/trpc.ts";
import { useManagerOverHttp } from "../helpers/manager-over-http.ts";
import { TEST_ORIGIN } from "../helpers/test-app.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase();
const http = useManagerOverHttp(database);

const INTERNALS = /prisma|node_modules|\/work\/|\.ts:\d+|stack|SELECT |invalid byte sequence|postgres/i;

interface ErrorBody {
  error: { message: string; data: { fieldErrors: Record<string, string[]> } };
}
const errorOf = (body: string) => (JSON.parse(body) as ErrorBody).error;

async function mutate(path: string, input: unknown) {
  const response = await http.app.inject({
    method: "POST",
    url: `/api/trpc/${path}`,
    headers: { cookie: http.cookie, "content-type": "application/json", "x-franchise-audit": "1" },
    payload: JSON.stringify(input),
  });
  return { status: response.statusCode, body: response.body };
}

describe(`hostile input over HTTP (${database.kind})`, () => {
  const call = (overrides: Record<string, unknown>) => ({
    centerId: http.center.id,
    workOrderNo: "WO-HOSTILE-1",
    calledAt: "2026-11-20T10:00:00+08:00",
    outcome: "REACHED",
    rating: 4,
    ...overrides,
  });

  it("refuses an id beyond the 32-bit column at its field", async () => {
    const { status, body } = await mutate("callbacks.record", call({ centerId: 2_147_483_648 }));
    expect(status).toBe(400);
    expect(errorOf(body).data.fieldErrors).toEqual({ centerId: ["Choose a center."] });
  });

  it("refuses a NUL byte and an unpaired surrogate in text at their fields", async () => {
    const nul = await mutate("callbacks.record", call({ comment: "fine\u0000" }));
    expect(nul.status).toBe(400);
    expect(errorOf(nul.body).data.fieldErrors).toEqual({
      comment: ["Contains a control character (U+0000); remove it."],
    });
    const surrogate = await mutate("reports.void", { reportId: 1, reason: "broken \ud800 reason" });
    expect(surrogate.status).toBe(400);
    expect(errorOf(surrogate.body).data.fieldErrors.reason).toEqual([
      "Contains an incomplete character (U+D800); retype it.",
    ]);
    expect(await database.db.callback.count()).toBe(0);
  });

  it("answers an anonymous sign-in with a NUL byte in the e-mail with a field message, and audits it", async () => {
    const response = await http.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { "content-type": "application/json", origin: "http://localhost:3000" },
      payload: JSON.stringify({ email: "a\u0000b@test.example", password: "whatever-it-is" }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toMatch(INTERNALS);
    const audit = await database.db.auditLog.findFirst({
      where: { action: "SIGN_IN_FAILED" },
      orderBy: { id: "desc" },
    });
    expect(audit?.actorEmail).toBe("ab@test.example");
  });

  it("answers a wrong type with a field message, showing no internals", async () => {
    const { status, body } = await mutate("callbacks.record", call({ centerId: "1; DROP TABLE" }));
    expect(status).toBe(400);
    expect(body).not.toMatch(INTERNALS);
  });

  it("refuses a change from another site's Origin even with the application header, and lets its own through", async () => {
    let sent = 0;
    const send = (origin: string | undefined) =>
      http.app.inject({
        method: "POST",
        url: "/api/trpc/callbacks.record",
        headers: {
          cookie: http.cookie,
          "content-type": "application/json",
          "x-franchise-audit": "1",
          ...(origin ? { origin } : {}),
        },
        payload: JSON.stringify(call({ workOrderNo: `WO-ORIGIN-${++sent}` })),
      });
    const foreign = await send("https://evil.example");
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json()).toMatchObject({ code: "FOREIGN_ORIGIN" });
    const signIn = await http.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      payload: { email: http.manager.email, password: "whatever-it-is" },
    });
    expect(signIn.statusCode).toBe(403);
    expect(await database.db.callback.count()).toBe(0);
    expect((await send(TEST_ORIGIN)).statusCode).toBe(200);
    expect((await send(undefined)).statusCode).toBe(200);
  });

  it("masks an unexpected failure: a plain message with an error id, the details only in the log", async () => {
    const logged: unknown[] = [];
    const boom = Fastify({ logger: false });
    const failing = router({
      boom: publicProcedure.query(() => {
        throw new Error(
          "Invalid `prisma.callback.create()` invocation in /work/main/server/x.ts:10: invalid byte sequence",
        );
      }),
    });
    await boom.register(fastifyTRPCPlugin, {
      prefix: "/api/trpc",
      trpcOptions: {
        router: failing,
        createContext: () => createContextInner({ db: database.db, user: null }),
        onError: ({ error }: { error: Error }) => logged.push({ errorId: errorIdOf(error), message: error.message }),
      },
    });
    const response = await boom.inject({ method: "GET", url: "/api/trpc/boom" });
    await boom.close();
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toMatch(INTERNALS);
    const { message } = errorOf(response.body);
    const errorId = /error id ([0-9a-f]{8})/.exec(message)?.[1];
    expect(errorId).toBeDefined();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ errorId });
    expect(String((logged[0] as { message: string }).message)).toContain("prisma.callback.create()");
  });
});
