// Importing the hotline's CSV export (DOMAIN-2.md, Complaints; issue 16): under the callback-import
// rules (every problem by row and column, all-or-nothing, GB18030 and Chinese headers) and
// idempotent by channel + reference: a ticket already stored is skipped, never stored twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../server/context.ts";
import type { ImportValidation } from "../../server/services/imports/validate-import.ts";
import { makeCenter, makeRegion, makeUser, TEST_PASSWORD } from "../factories/network.ts";
import { makeComplaint } from "../factories/complaints.ts";
import { makePolicyVersion } from "../factories/records.ts";
import { callerFor } from "../helpers/callers.ts";
import { encodeGb18030 } from "../helpers/gb18030.ts";
import { buildTestApp, sessionCookie, signInOverHttp, type TestApp } from "../helpers/test-app.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase();
let app: TestApp;
let handler: SessionUser;
let manager: SessionUser;
let cookies: Record<"handler" | "manager", string>;
let center: { id: number; code: string };
const HEADER = "投诉单号,来电时间,服务中心编码,维修工单号,投诉类别,客户姓名,联系电话,投诉内容";
/** Yesterday, as the hotline's export writes local times. */
const YESTERDAY = localTime(new Date(Date.now() - 24 * 3_600_000));

function localTime(at: Date): string {
  // The test policy's zone is Asia/Shanghai (UTC+8, no daylight saving).
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}

function row(ticket: string, fields: Partial<Record<"at" | "center" | "category" | "phone", string>> = {}) {
  return [
    ticket,
    fields.at ?? YESTERDAY,
    fields.center ?? center.code,
    "WO-9",
    fields.category ?? "乱收费",
    "李女士",
    fields.phone ?? "139 0000 1111",
    "换电池收费比公布价格高",
  ].join(",");
}

async function upload(body: string | Buffer, who: "handler" | "manager" = "handler", fileName = "热线投诉.csv") {
  const response = await app.inject({
    method: "POST",
    url: `/api/complaint-imports?fileName=${encodeURIComponent(fileName)}`,
    headers: { cookie: cookies[who], "content-type": "text/csv", "x-franchise-audit": "1" },
    payload: body,
  });
  return { status: response.statusCode, body: response.json<ImportValidation & { message: string }>() };
}

async function validated(body: string | Buffer) {
  const result = await upload(body);
  if (result.body.status !== "VALIDATED") throw new Error(`expected a valid file: ${JSON.stringify(result.body)}`);
  return result.body;
}

beforeAll(async () => {
  const db = database.db;
  await makePolicyVersion(db);
  await db.networkSetting.update({ where: { id: 1 }, data: { firstPeriodKey: "2025-01" } });
  const region = await makeRegion(db);
  center = await makeCenter(db, region.id);
  handler = await makeUser(db, "COMPLAINT_HANDLER", []);
  manager = await makeUser(db, "REGIONAL_MANAGER", [region.id]);
  app = await buildTestApp(db);
  cookies = {
    handler: sessionCookie(await signInOverHttp(app, handler.email, TEST_PASSWORD)),
    manager: sessionCookie(await signInOverHttp(app, manager.email, TEST_PASSWORD, "203.0.113.12")),
  };
});

afterAll(async () => {
  await app.close();
});

describe(`hotline import (${database.kind})`, () => {
  it("lists every problem by row and column, and stores and stages nothing", async () => {
    const csv = [
      HEADER,
      row("HL-A-1"),
      row("HL-A-2", { phone: "12345" }),
      row("HL-A-3", { at: "2099-01-01 10:00" }),
      row("HL-A-4", { at: "2024-12-31 23:00" }),
      row("HL-A-5", { center: "NOPE-1" }),
      row("HL-A-6", { category: "投诉" }),
      row("HL-A-1"),
      row("HL A 7"),
    ].join("\n");
    const { status, body } = await upload(csv);
    expect(status).toBe(200);
    if (body.status !== "REJECTED") throw new Error("expected a rejection");
    expect(body.errors.map((e) => `${e.row} ${e.column}: ${e.messageRef.key}`)).toEqual([
      "3 联系电话: complaint.phoneInvalid",
      "4 来电时间: record.future",
      "5 来电时间: record.beforeFirstPeriod",
      "6 服务中心编码: csv.centerUnknown",
      "7 投诉类别: csv.complaintCategory",
      "8 投诉单号: csv.ticketTwiceInFile",
      "9 投诉单号: complaint.channelRefCharacters",
    ]);
    expect(body).toMatchObject({ rowCount: 8, errorCount: 7 });
    expect(body.errors.find((e) => e.row === 8)?.message).toBe("Ticket HL-A-1 also appears on row 2 of this file.");
    expect(await database.db.complaint.count({ where: { channelRef: { startsWith: "HL-A-" } } })).toBe(0);
    expect(await database.db.complaintImportRow.count({ where: { importId: body.importId } })).toBe(0);
  });

  it("reads GB18030 with Chinese headers, stores the rows with their timeline entry, once, audited", async () => {
    const csv = [HEADER, row("HL-B-1"), row("HL-B-2", { category: "服务态度" })].join("\r\n");
    const body = await validated(encodeGb18030(csv));
    expect(body).toMatchObject({ rowCount: 2, errorCount: 0, alreadyStored: 0, encoding: "gb18030" });
    const done = await callerFor(database.db, handler).complaints.commitImport({ importId: body.importId });
    expect(done).toMatchObject({ insertedCount: 2, skippedCount: 0, message: { key: "import.complaintsStored" } });

    const stored = await database.db.complaint.findMany({
      where: { importId: body.importId },
      orderBy: { channelRef: "asc" },
      include: { events: true },
    });
    expect(stored.map((c) => [c.channel, c.channelRef, c.category, c.customerName, c.customerPhone, c.status])).toEqual(
      [
        ["HOTLINE", "HL-B-1", "OVERCHARGE", "李女士", "13900001111", "NEW"],
        ["HOTLINE", "HL-B-2", "ATTITUDE", "李女士", "13900001111", "NEW"],
      ],
    );
    expect(stored.every((c) => c.cycleStartedAt.getTime() === c.receivedAt.getTime())).toBe(true);
    expect(stored.map((c) => c.events.map((e) => [e.kind, e.cycle, e.actorId]))).toEqual([
      [["RECORDED", 0, handler.id]],
      [["RECORDED", 0, handler.id]],
    ]);
    const audit = await database.db.auditLog.findFirst({
      where: { action: "COMPLAINTS_IMPORTED", entityId: String(body.importId) },
    });
    expect(audit).toMatchObject({ entityType: "complaint_import", actorId: handler.id });
    // The queue shows them, with the phone masked.
    const queue = await callerFor(database.db, handler).complaints.list({ scope: "OPEN", page: 1 });
    expect(JSON.stringify(queue)).toContain("HL-B-1");
    expect(JSON.stringify(queue)).not.toContain("13900001111");

    const again = await upload(encodeGb18030(csv));
    expect(again.body).toMatchObject({ status: "ALREADY_IMPORTED", importId: body.importId });
  });

  it("skips tickets already stored (by hand, or by an overlapping export), never storing one twice", async () => {
    await makeComplaint(database.db, handler, { centerId: center.id, hoursAgo: 3, channelRef: "HL-C-1" });
    const body = await validated([HEADER, row("HL-C-1"), row("HL-C-2")].join("\n"));
    expect(body).toMatchObject({ rowCount: 2, alreadyStored: 1, messageRef: { key: "import.validSomeStored" } });
    // A ticket stored between validation and commit is skipped the same way.
    const overlapping = await validated([HEADER, row("HL-C-2"), row("HL-C-3")].join("\n"));
    await callerFor(database.db, handler).complaints.commitImport({ importId: body.importId });
    const done = await callerFor(database.db, handler).complaints.commitImport({ importId: overlapping.importId });
    expect(done).toMatchObject({ insertedCount: 1, skippedCount: 1 });
    const tickets = await database.db.complaint.findMany({
      where: { channelRef: { startsWith: "HL-C-" } },
      select: { channelRef: true, importId: true },
      orderBy: { channelRef: "asc" },
    });
    expect(tickets).toEqual([
      { channelRef: "HL-C-1", importId: null },
      { channelRef: "HL-C-2", importId: body.importId },
      { channelRef: "HL-C-3", importId: overlapping.importId },
    ]);
    const imports = await callerFor(database.db, handler).complaints.imports();
    expect(imports.find((i) => i.id === overlapping.importId)).toMatchObject({
      status: "COMMITTED",
      insertedCount: 1,
      skippedCount: 1,
    });
  });

  it("is for the desk and headquarters: a regional manager may not upload, list or commit", async () => {
    const refused = await upload([HEADER, row("HL-D-1")].join("\n"), "manager");
    expect(refused.status).toBe(403);
    await expect(callerFor(database.db, manager).complaints.imports()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const body = await validated([HEADER, row("HL-D-1")].join("\n"));
    await expect(
      callerFor(database.db, manager).complaints.commitImport({ importId: body.importId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A complaints file is not a callbacks import, even for someone who may import both.
    const hq = await makeUser(database.db, "HQ_ADMIN", []);
    await expect(callerFor(database.db, hq).callbacks.commitImport({ importId: body.importId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // Another handler's import is not found.
    const other = await makeUser(database.db, "COMPLAINT_HANDLER", []);
    await expect(
      callerFor(database.db, other).complaints.commitImport({ importId: body.importId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await database.db.complaint.count({ where: { channelRef: "HL-D-1" } })).toBe(0);
  });
});
