// Headquarters reads the audit log: filters, pages, before/after, CSV export (issue 6).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../server/context.ts";
import { recordAudits } from "../../server/services/audit/record-audit.ts";
import { makeRegion, makeUser, TEST_PASSWORD } from "../factories/network.ts";
import { callerFor } from "../helpers/callers.ts";
import { schemaIssuesOfCall } from "../helpers/field-errors.ts";
import { buildTestApp, sessionCookie, signInOverHttp, type TestApp, TEST_ORIGIN } from "../helpers/test-app.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase();
let app: TestApp;
let hq: SessionUser;
let manager: SessionUser;

beforeAll(async () => {
  app = await buildTestApp(database.db);
  const region = await makeRegion(database.db);
  hq = await makeUser(database.db, "HQ_ADMIN", [], { email: "hq.reader@test.example" });
  manager = await makeUser(database.db, "REGIONAL_MANAGER", [region.id], { email: "wang.manager@test.example" });
  // 250 report voids by the manager, one a day from 2024-01-01 (written with their times: the log
  // itself refuses updates), and one period close by headquarters.
  await database.db.auditLog.createMany({
    data: Array.from({ length: 250 }, (_, i) => ({
      at: new Date(Date.UTC(2024, 0, 1 + i)),
      actorId: manager.id,
      actorEmail: manager.email,
      action: "REPORT_VOIDED",
      entityType: "report",
      entityId: String(1000 + i),
      before: { status: "SUBMITTED" },
      after: { status: "VOIDED", reason: `=HYPERLINK("x") duplicate ${i}` },
    })),
  });
  await recordAudits(database.db, [
    {
      actorId: hq.id,
      actorEmail: hq.email,
      action: "PERIOD_CLOSED",
      entityType: "period",
      entityId: "2024-05",
      after: { pass: 3 },
    },
  ]);
});
afterAll(async () => {
  await app.close();
});

describe(`audit log (${database.kind})`, () => {
  it("pages newest first, 100 at a time, without gaps or repeats", async () => {
    const caller = callerFor(database.db, hq);
    const filter = { action: "REPORT_VOIDED" };
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await caller.auditLog.list({ filter, cursor });
      ids.push(...page.entries.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    expect(ids.map(BigInt)).toEqual([...ids.map(BigInt)].sort((a, b) => (a > b ? -1 : 1)));
  });

  it("filters by actor, action, record and time, and shows before and after", async () => {
    const caller = callerFor(database.db, hq);
    const byActor = await caller.auditLog.list({ filter: { actor: "WANG.manager" } });
    expect(byActor.entries.every((e) => e.actorEmail === manager.email)).toBe(true);
    const byRecord = await caller.auditLog.list({ filter: { entityType: "report", entityId: "1007" } });
    expect(byRecord.entries).toHaveLength(1);
    expect(byRecord.entries[0]).toMatchObject({
      action: "REPORT_VOIDED",
      before: { status: "SUBMITTED" },
      after: { status: "VOIDED", reason: '=HYPERLINK("x") duplicate 7' },
    });
    const january = await caller.auditLog.list({
      filter: { action: "REPORT_VOIDED", from: "2024-01-01T00:00:00Z", to: "2024-01-31T23:59:59Z" },
    });
    expect(january.entries).toHaveLength(31);
    const facets = await caller.auditLog.facets();
    expect(facets.actions).toEqual(expect.arrayContaining(["PERIOD_CLOSED", "REPORT_VOIDED", "USER_CREATED"]));
    expect(facets.entityTypes).toEqual(expect.arrayContaining(["period", "report", "user"]));
  });

  it("names a bad time filter", async () => {
    expect(
      await schemaIssuesOfCall(
        callerFor(database.db, hq).auditLog.list({ filter: { from: "yesterday", to: "2024-01-01T00:00:00Z" } }),
      ),
    ).toEqual(["filter.from: From must be a date and time, e.g. 2026-11-01T00:00:00+08:00."]);
  });

  it("exports the filtered log as a formula-safe CSV, and audits the export", async () => {
    const cookie = sessionCookie(await signInOverHttp(app, hq.email, TEST_PASSWORD, "192.0.2.1"));
    const response = await app.inject({
      method: "POST",
      url: "/api/audit-log.csv",
      headers: { cookie, origin: TEST_ORIGIN, "content-type": "application/x-www-form-urlencoded" },
      payload: "action=REPORT_VOIDED&language=en",
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = response.body.split("\r\n");
    expect(lines[0]).toBe("\uFEFFid,at,actor_email,actor_id,action,entity_type,entity_id,before,after,ip");
    expect(lines).toHaveLength(1 + 250 + 1);
    expect(lines[1]).toContain(",REPORT_VOIDED,report,1249,");
    // Times as the policy's clock (Asia/Shanghai) reads them, with the offset: exact and local.
    expect(lines[1]).toMatch(/^\d+,\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00,/);
    // The reason starts with "=" but sits inside the JSON cell, which is quoted: no formula runs.
    expect(lines[1]).toContain('""reason"":""=HYPERLINK(\\""x\\"") duplicate 249""');
    expect(lines[1]).toContain(',"{""status"":""SUBMITTED""}","{');
    expect(await database.db.auditLog.count({ where: { action: "AUDIT_LOG_EXPORTED", actorId: hq.id } })).toBe(1);

    // Without a language, the columns are named in Chinese, the product's first language.
    const chinese = await app.inject({
      method: "POST",
      url: "/api/audit-log.csv",
      headers: { cookie, origin: TEST_ORIGIN, "content-type": "application/x-www-form-urlencoded" },
      payload: "action=REPORT_VOIDED",
    });
    expect(chinese.body.split("\r\n")[0]).toBe(
      "\uFEFF编号,时间,操作人邮箱,操作人编号,操作,记录类型,记录编号,修改前,修改后,IP",
    );
  });

  it("refuses the export to anyone but headquarters", async () => {
    const cookie = sessionCookie(await signInOverHttp(app, manager.email, TEST_PASSWORD, "192.0.2.2"));
    const response = await app.inject({ method: "POST", url: "/api/audit-log.csv", headers: { cookie } });
    expect(response.statusCode).toBe(403);
    expect((await app.inject({ method: "POST", url: "/api/audit-log.csv" })).statusCode).toBe(401);
  });

  it("exports on a POST only: a link (GET) sets off nothing, and another site's form is refused", async () => {
    const cookie = sessionCookie(await signInOverHttp(app, hq.email, TEST_PASSWORD, "192.0.2.3"));
    const before = await database.db.auditLog.count({ where: { action: "AUDIT_LOG_EXPORTED" } });
    const link = await app.inject({ method: "GET", url: "/api/audit-log.csv", headers: { cookie } });
    expect(link.statusCode).toBe(404);
    const foreign = await app.inject({
      method: "POST",
      url: "/api/audit-log.csv",
      headers: { cookie, origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      payload: "action=SIGN_IN",
    });
    expect(foreign.statusCode).toBe(403);
    expect(await database.db.auditLog.count({ where: { action: "AUDIT_LOG_EXPORTED" } })).toBe(before);
  });

  it("refuses a filter with a NUL byte at its field, showing no internals", async () => {
    const cookie = sessionCookie(await signInOverHttp(app, hq.email, TEST_PASSWORD, "192.0.2.4"));
    const response = await app.inject({
      method: "POST",
      url: "/api/audit-log.csv",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: "actor=a%00b",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      message: "Some filters need attention.",
      messageRef: { key: "input.filtersNeedAttention" },
      fieldErrors: { actor: ["Contains a control character (U+0000); remove it."] },
      fieldMessages: { actor: [{ key: "text.controlCharacter", params: { codePoint: "U+0000" } }] },
    });
  });
});
