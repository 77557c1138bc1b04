// Importing the call center's CSV (DOMAIN.md, Bad input; the reports-in issue): validated first with
// every problem by row and column, stored all-or-nothing, and never twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportValidation } from "../../server/services/imports/validate-import.ts";
import type { SessionUser } from "../../server/context.ts";
import { makeCenter, makeRegion, makeUser, TEST_PASSWORD } from "../factories/network.ts";
import { makePolicyVersion } from "../factories/records.ts";
import { callerFor } from "../helpers/callers.ts";
import { buildTestApp, sessionCookie, signInOverHttp, type TestApp } from "../helpers/test-app.ts";
import { removeObsoleteStaging } from "../../server/services/imports/staging-cleanup.ts";
import { useTestDatabase } from "../setup/test-database.ts";
import { encodeGb18030 } from "../helpers/gb18030.ts";

const database = useTestDatabase();
let app: TestApp;
let manager: SessionUser;
let auditor: SessionUser;
let cookies: Record<"manager" | "auditor", string>;
let center: { id: number; code: string };
let foreign: { id: number; code: string };
const HEADER =
  "work_order_no,center_code,called_at,outcome,rating,issue_resolved,price_explained,staff_courteous,comment";
const recent = "2026-11-20 10:00";

async function upload(body: string | Buffer, who: "manager" | "auditor" = "manager", fileName = "callbacks.csv") {
  const response = await app.inject({
    method: "POST",
    url: `/api/callback-imports?fileName=${encodeURIComponent(fileName)}`,
    headers: { cookie: cookies[who], "content-type": "text/csv", "x-franchise-audit": "1" },
    payload: body,
  });
  return { status: response.statusCode, body: response.json<ImportValidation & { message: string }>() };
}

beforeAll(async () => {
  const db = database.db;
  await makePolicyVersion(db);
  const region = await makeRegion(db);
  center = await makeCenter(db, region.id);
  foreign = await makeCenter(db, (await makeRegion(db)).id);
  manager = await makeUser(db, "REGIONAL_MANAGER", [region.id]);
  auditor = await makeUser(db, "AUDITOR", [region.id]);
  await db.period.create({ data: { key: "2025-09", status: "CLOSED", closedAt: new Date() } });
  app = await buildTestApp(db);
  cookies = {
    manager: sessionCookie(await signInOverHttp(app, manager.email, TEST_PASSWORD)),
    auditor: sessionCookie(await signInOverHttp(app, auditor.email, TEST_PASSWORD, "203.0.113.11")),
  };
});

afterAll(async () => {
  await app.close();
});

describe(`callback import validation (${database.kind})`, () => {
  it("lists every problem by row and column, and stores nothing", async () => {
    const csv = [
      HEADER,
      `WO-1,${center.code},${recent},REACHED,5,Y,Y,Y,`,
      `WO-2,NOPE-1,${recent},REACHED,4,,,,`,
      `WO-3,${foreign.code},${recent},REACHED,4,,,,`,
      `WO-4,${center.code},${recent},REACHED,7,,,,`,
      `WO-5,${center.code},${recent},UNREACHABLE,3,,,,`,
      `WO-6,${center.code},2099-01-01 10:00,REACHED,4,,,,`,
      `WO-7,${center.code},2025-09-15 10:00,REACHED,4,,,,`,
      `WO-1,${center.code},${recent},REACHED,4,,,,`,
    ].join("\n");
    const { status, body } = await upload(csv);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "REJECTED", rowCount: 8, errorCount: 7 });
    if (body.status !== "REJECTED") throw new Error("expected a rejection");
    expect(body.errors.map((e) => `${e.row} ${e.column}: ${e.message}`)).toEqual([
      "3 center_code: Unknown center code NOPE-1 (or not in your regions).",
      `4 center_code: Unknown center code ${foreign.code} (or not in your regions).`,
      "5 rating: The rating is a whole number from 1 to 5.",
      "6 rating: Only a reached customer can give a rating.",
      "7 called_at: The time cannot be in the future.",
      "8 called_at: 2025-09 is closed: it accepts no new or edited records.",
      "9 work_order_no: Work order WO-1 also appears on row 2 of this file.",
    ]);
    expect(await database.db.callback.count()).toBe(0);
    expect(await database.db.callbackImportRow.count()).toBe(0);
  });

  it("stores nothing when only the very last row is bad (all-or-nothing)", async () => {
    const rows = Array.from({ length: 500 }, (_, i) => `WO-A${i},${center.code},${recent},REACHED,${1 + (i % 5)},,,,`);
    const { body } = await upload([HEADER, ...rows, `WO-LAST,${center.code},${recent},REACHED,9,,,,`].join("\n"));
    expect(body).toMatchObject({ status: "REJECTED", rowCount: 501, errorCount: 1 });
    await expect(callerFor(database.db, manager).callbacks.commitImport({ importId: body.importId })).rejects.toThrow(
      /has errors: fix the file and upload it again/,
    );
    expect(await database.db.callback.count()).toBe(0);
  });

  it("names the row where the file stops being CSV (a quote never closed), and stores nothing", async () => {
    const csv = [
      HEADER,
      `WO-Q1,${center.code},${recent},REACHED,5,,,,"fine, with a comma"`,
      `WO-Q2,${center.code},${recent},REACHED,4,,,,"spans`,
      `two lines"`,
      `WO-Q3,${center.code},${recent},REACHED,4,,,,"never closed`,
      `WO-Q4,${center.code},${recent},REACHED,4,,,,`,
    ].join("\n");
    const { status, body } = await upload(csv);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "REJECTED", errorCount: 1 });
    if (body.status !== "REJECTED") throw new Error("expected a rejection");
    expect(body.errors).toEqual([
      {
        row: 5,
        column: "(file)",
        message: "The file cannot be read as CSV from here: a quoted cell starts here and is never closed.",
        messageRef: { key: "csv.quoteNotClosed" },
      },
    ]);
    expect(await database.db.callbackImportRow.count()).toBe(0);
  });

  it("reads GB18030 with Chinese headers and values", async () => {
    const csv = `工单号,服务中心编码,回访时间,回访结果,评分,问题已解决,事先说明价格,服务态度好,备注\nWO-GB-1,${center.code},${recent},已接通,5,是,是,是,师傅很专业\n`;
    const encoded = encodeGb18030(csv);
    expect(encoded.equals(Buffer.from(csv, "utf8"))).toBe(false);
    const { body } = await upload(encoded);
    expect(body).toMatchObject({ status: "VALIDATED", rowCount: 1, errorCount: 0, encoding: "gb18030" });
    await callerFor(database.db, manager).callbacks.commitImport({ importId: body.importId });
    const stored = await database.db.callback.findUniqueOrThrow({ where: { workOrderNo: "WO-GB-1" } });
    expect(stored).toMatchObject({ outcome: "REACHED", rating: 5, issueResolved: true, comment: "师傅很专业" });
  });

  it("is for managers and HQ only, and needs the application's header", async () => {
    expect((await upload(`${HEADER}\n`, "auditor")).status).toBe(403);
    const response = await app.inject({
      method: "POST",
      url: "/api/callback-imports",
      headers: { cookie: cookies.manager, "content-type": "text/csv" },
      payload: `${HEADER}\n`,
    });
    expect(response.statusCode).toBe(403);
  });
});

describe(`callback import commit (${database.kind})`, () => {
  const goodFile = () =>
    "\uFEFF" +
    [HEADER, `WO-C1,${center.code},${recent},REACHED,5,Y,Y,Y,很好`, `WO-C2,${center.code},${recent},REFUSED,,,,,`].join(
      "\r\n",
    );

  it("stores a valid file (UTF-8 with BOM, CRLF) in one go, audit-logged", async () => {
    const { body } = await upload(goodFile());
    expect(body).toMatchObject({ status: "VALIDATED", rowCount: 2, encoding: "utf-8" });
    const committed = await callerFor(database.db, manager).callbacks.commitImport({ importId: body.importId });
    expect(committed).toMatchObject({ insertedCount: 2 });
    const stored = await database.db.callback.findMany({
      where: { importId: body.importId },
      orderBy: { workOrderNo: "asc" },
    });
    expect(stored.map((c) => [c.workOrderNo, c.outcome, c.rating, c.comment, c.periodKey])).toEqual([
      ["WO-C1", "REACHED", 5, "很好", "2026-11"],
      ["WO-C2", "REFUSED", null, null, "2026-11"],
    ]);
    const audit = await database.db.auditLog.findFirst({
      where: { action: "CALLBACKS_IMPORTED", entityId: String(body.importId) },
    });
    expect(audit).toMatchObject({ actorId: manager.id, after: { status: "COMMITTED", insertedCount: 2 } });
    await expect(callerFor(database.db, manager).callbacks.commitImport({ importId: body.importId })).rejects.toThrow(
      /is already stored/,
    );
  });

  it("says so when the same file comes again, and stores nothing new", async () => {
    const before = await database.db.callback.count();
    const { body } = await upload(goodFile());
    expect(body).toMatchObject({ status: "ALREADY_IMPORTED" });
    expect(body.message).toMatch(/already imported .*nothing new to store/);
    expect(await database.db.callback.count()).toBe(before);
  });

  it("refuses work orders stored before, even from another file", async () => {
    const { body } = await upload([HEADER, `WO-C1,${center.code},${recent},REACHED,4,,,,`].join("\n"));
    expect(body).toMatchObject({ status: "REJECTED", errorCount: 1 });
    if (body.status === "REJECTED") {
      expect(body.errors[0]).toEqual({
        row: 2,
        column: "work_order_no",
        message: "Work order WO-C1 is already stored; a work order is called back once.",
        messageRef: { key: "csv.workOrderStored", params: { workOrderNo: "WO-C1" } },
      });
    }
  });

  it("refuses to commit when something changed since validation (a period closed)", async () => {
    const { body } = await upload([HEADER, `WO-D1,${center.code},2025-10-05 09:00,REACHED,4,,,,`].join("\n"));
    expect(body.status).toBe("VALIDATED");
    await database.db.period.create({ data: { key: "2025-10", status: "CLOSED", closedAt: new Date() } });
    await expect(callerFor(database.db, manager).callbacks.commitImport({ importId: body.importId })).rejects.toThrow(
      "2025-10 was closed after this file was validated. Upload the file again to validate it against the current data.",
    );
    expect(await database.db.callback.count({ where: { workOrderNo: "WO-D1" } })).toBe(0);
  });

  it("lets a validation expire after a day, and clears staged rows of committed and expired imports", async () => {
    const { body } = await upload([HEADER, `WO-F1,${center.code},${recent},REACHED,4,,,,`].join("\n"));
    expect(body.status).toBe("VALIDATED");
    const staged = () => database.db.callbackImportRow.count({ where: { importId: body.importId } });
    expect(await staged()).toBe(1);
    await database.db.csvImport.update({
      where: { id: body.importId },
      data: { createdAt: new Date(Date.now() - 25 * 3_600_000) },
    });
    await expect(callerFor(database.db, manager).callbacks.commitImport({ importId: body.importId })).rejects.toThrow(
      `Import #${body.importId} was validated more than a day ago: upload the file again.`,
    );
    await removeObsoleteStaging(database.db);
    expect(await staged()).toBe(0);
    const [committedLeft] = await database.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM callback_import_staging s JOIN csv_import i ON i.id = s.import_id
      WHERE i.status = 'COMMITTED'`;
    expect(committedLeft?.n).toBe(0);
  });

  it("refuses to commit when one of its work orders was stored since validation, and stores none", async () => {
    const { body } = await upload(
      [HEADER, `WO-E1,${center.code},${recent},REACHED,4,,,,`, `WO-E2,${center.code},${recent},REACHED,5,,,,`].join(
        "\n",
      ),
    );
    expect(body.status).toBe("VALIDATED");
    await callerFor(database.db, manager).callbacks.record({
      workOrderNo: "WO-E2",
      centerId: center.id,
      calledAt: "2026-11-20T10:00:00+08:00",
      outcome: "REACHED",
      rating: 3,
    });
    await expect(callerFor(database.db, manager).callbacks.commitImport({ importId: body.importId })).rejects.toThrow(
      "Some of its work orders were stored after it was validated. Upload the file again to validate it against the current data.",
    );
    expect(await database.db.callback.count({ where: { workOrderNo: "WO-E1" } })).toBe(0);
    expect(await database.db.callback.findUniqueOrThrow({ where: { workOrderNo: "WO-E2" } })).toMatchObject({
      rating: 3,
    });
  });
});
