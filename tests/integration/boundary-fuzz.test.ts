// The boundary, fuzzed through a real listening server: every procedure of the router (found by
// walking it) gets inputs generated from its own zod schema with hostile values slipped in (NUL
// bytes, lone surrogates, huge numbers, deep nesting, extra keys, wrong types), sent as the browser
// sends them by a user whose role may call it; so do sign-in, the two CSV uploads and the audit
// export. No answer may be a 5xx, and none may show server internals.
//
// FUZZ_RUNS sets the cases per procedure and route (npm test: 40; `npm run fuzz`: 1,000).
import fc from "fast-check";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../shared/domain/roles.ts";
import { ZAuditLogFilter } from "../../shared/schemas/audit-log.ts";
import { ZSignInInput } from "../../shared/schemas/auth.ts";
import { CSRF_HEADER } from "../../server/context.ts";
import { makeCenter, makeRegion, makeUser, TEST_PASSWORD } from "../factories/network.ts";
import { makePolicyVersion } from "../factories/records.ts";
import { arbitraryFromZod } from "../helpers/fuzz/arbitrary-from-zod.ts";
import { HOSTILE_STRINGS, hostileValue } from "../helpers/fuzz/hostile-values.ts";
import { permittedRole, routerProcedures } from "../helpers/router-procedures.ts";
import { buildTestApp, sessionCookie, signInOverHttp, TEST_ORIGIN, type TestApp } from "../helpers/test-app.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase();
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

/** What an answer must never show: file paths, source lines, the ORM, SQL, the database's own words. */
const INTERNALS =
  /prisma|node_modules|\/work\/|\/server\/|\.ts:\d+|\bat [\w.<>]+ \(|stack|SELECT |INSERT INTO|invalid byte sequence|postgres|pglite|TypeError|ReferenceError|RangeError|Maximum call stack/i;

interface Answer {
  status: number;
  body: string;
}

let app: TestApp;
let base: string;
const cookies = new Map<Role, string>();
let cases = 0;
const serverErrors: string[] = [];

async function send(url: string, init: RequestInit): Promise<Answer> {
  const response = await fetch(`${base}${url}`, init);
  cases += 1;
  return { status: response.status, body: await response.text() };
}

function expectSafe(what: string, input: unknown, answer: Answer) {
  if (answer.status >= 500) serverErrors.push(`${what} → ${answer.status}: ${answer.body.slice(0, 300)}`);
  expect(answer.status, `${what} answered ${answer.status} for ${safeJson(input)}: ${answer.body}`).toBeLessThan(500);
  expect(answer.body, `${what} showed internals`).not.toMatch(INTERNALS);
}

function safeJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

/**
 * encodeURIComponent, except that an unpaired surrogate (which it refuses) is sent as the three
 * bytes a careless client would send for it: the server must cope with those too.
 */
function percentEncode(text: string): string {
  return text.replace(/[\ud800-\udbff][\udc00-\udfff]|[\s\S]/g, (unit) => {
    const code = unit.charCodeAt(0);
    if (unit.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
      return bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join("");
    }
    return encodeURIComponent(unit);
  });
}

function headersFor(role: Role | null, extra: Record<string, string> = {}): Record<string, string> {
  return {
    origin: TEST_ORIGIN,
    [CSRF_HEADER]: "1",
    ...(role ? { cookie: cookies.get(role)! } : {}),
    ...extra,
  };
}

describe(`the boundary, fuzzed over HTTP (${database.kind})`, () => {
  beforeAll(async () => {
    const db = database.db;
    await makePolicyVersion(db);
    const region = await makeRegion(db);
    await makeCenter(db, region.id);
    await makeCenter(db, region.id, { kind: "DIRECT" });
    app = await buildTestApp(db);
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    for (const role of ROLES) {
      const user = await makeUser(db, role, role === "HQ_ADMIN" ? [] : [region.id]);
      cookies.set(
        role,
        sessionCookie(await signInOverHttp(app, user.email, TEST_PASSWORD, `198.18.0.${cookies.size + 1}`)),
      );
    }
  });

  afterAll(async () => {
    console.log(`Boundary fuzz (${database.kind}): ${cases} requests, ${serverErrors.length} answered 5xx.`);
    await app?.close();
  });

  const procedures = routerProcedures();

  it.each(procedures.map((p) => [p.path, p] as const))("%s: no 5xx, no internals", async (path, procedure) => {
    const role = permittedRole(procedure.meta!);
    const inputs = procedure.input
      ? arbitraryFromZod(procedure.input)
      : fc.oneof(fc.constant(undefined), hostileValue());
    await fc.assert(
      fc.asyncProperty(inputs, async (input) => {
        const json = JSON.stringify(input);
        const answer =
          procedure.type === "query"
            ? await send(`/api/trpc/${path}${json === undefined ? "" : `?input=${percentEncode(json)}`}`, {
                headers: headersFor(role),
              })
            : await send(`/api/trpc/${path}`, {
                method: "POST",
                headers: headersFor(role, { "content-type": "application/json" }),
                body: json ?? "",
              });
        expectSafe(path, input, answer);
      }),
      { numRuns: RUNS },
    );
  });

  it("a body that is not JSON, or JSON nested past any sane depth: no 5xx", async () => {
    const bodies = ["{", '{"a":', "\u0000", "[".repeat(100_000), '{"__proto__":{"admin":true}}', "null", "1e999"];
    for (const body of bodies) {
      const answer = await send("/api/trpc/callbacks.record", {
        method: "POST",
        headers: headersFor("HQ_ADMIN", { "content-type": "application/json" }),
        body,
      });
      expectSafe("callbacks.record (raw body)", body.slice(0, 20), answer);
    }
  });

  it("sign-in: no 5xx, no internals", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryFromZod(ZSignInInput), async (input) => {
        const answer = await send("/api/auth/sign-in/email", {
          method: "POST",
          headers: { origin: TEST_ORIGIN, "content-type": "application/json" },
          body: JSON.stringify(input) ?? "",
        });
        expectSafe("sign-in", input, answer);
      }),
      { numRuns: RUNS },
    );
  });

  const UPLOADS = [
    {
      what: "the callback upload",
      address: "/api/callback-imports",
      header: "center_code,work_order_no,called_at,outcome,rating",
      role: "REGIONAL_MANAGER",
    },
    {
      what: "the hotline upload",
      address: "/api/complaint-imports",
      header: "投诉单号,来电时间,服务中心编码,投诉类别,客户姓名,联系电话,投诉内容",
      role: "COMPLAINT_HANDLER",
    },
  ] as const;
  for (const upload of UPLOADS) {
    it(`${upload.what}: hostile files and file names, no 5xx, no internals`, async () => {
      const cell = fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom(...HOSTILE_STRINGS.map((s) => s.slice(0, 40))),
      );
      const csv = fc
        .array(fc.array(cell, { minLength: 1, maxLength: 8 }), { maxLength: 6 })
        .map((rows) => [upload.header, ...rows.map((r) => r.join(","))].join("\n"));
      const body = fc.oneof(
        csv.map((text) => Buffer.from(text)),
        fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
      );
      const fileName = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...HOSTILE_STRINGS));
      await fc.assert(
        fc.asyncProperty(body, fileName, async (bytes, name) => {
          const answer = await send(`${upload.address}?fileName=${percentEncode(name)}`, {
            method: "POST",
            headers: headersFor(upload.role, { "content-type": "text/csv" }),
            body: bytes,
          });
          expectSafe(upload.what, name, answer);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it("the audit export: hostile filters, no 5xx, no internals", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryFromZod(ZAuditLogFilter), async (filter) => {
        const form = new URLSearchParams();
        if (filter && typeof filter === "object")
          for (const [key, value] of Object.entries(filter))
            form.set(key, typeof value === "string" ? value : safeJson(value));
        const answer = await send("/api/audit-log.csv", {
          method: "POST",
          headers: headersFor("HQ_ADMIN", { "content-type": "application/x-www-form-urlencoded" }),
          body: form.toString(),
        });
        expectSafe("audit export", filter, answer);
      }),
      { numRuns: RUNS },
    );
  });
});
