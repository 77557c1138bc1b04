// The auditor's journey: draft, edit, submit; the manager's void (DOMAIN.md, Scoring and Bad input).
import { beforeAll, describe, expect, it } from "vitest";
import type { TSaveReportInput } from "../../shared/schemas/reports.ts";
import type { SessionUser } from "../../server/context.ts";
import { makeCenter, makeRegion, makeUser } from "../factories/network.ts";
import { makeChecklist, makePolicyVersion } from "../factories/records.ts";
import { callerFor } from "../helpers/callers.ts";
import { fieldErrorsOfCall } from "../helpers/field-errors.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase();
let auditor: SessionUser;
let otherAuditor: SessionUser;
let manager: SessionUser;
let hq: SessionUser;
let center: { id: number };
let foreignCenter: { id: number };
const anHourAgo = () => new Date(Date.now() - 3_600_000).toISOString();

const visit = (overrides: Partial<TSaveReportInput> = {}): TSaveReportInput => ({
  kind: "VISIT",
  centerId: center.id,
  eventAt: anHourAgo(),
  scenario: "SCREEN_REPAIR",
  answers: [
    { itemCode: "GREETING", answer: "PASS" },
    { itemCode: "QUOTE_CONFIRMED", answer: "PASS" },
    { itemCode: "GENUINE_PARTS", answer: "FAIL", note: "Third-party screen fitted" },
  ],
  ...overrides,
});

beforeAll(async () => {
  const db = database.db;
  await makePolicyVersion(db);
  await makeChecklist(db, "VISIT");
  const region = await makeRegion(db);
  const elsewhere = await makeRegion(db);
  center = await makeCenter(db, region.id);
  foreignCenter = await makeCenter(db, elsewhere.id);
  auditor = await makeUser(db, "AUDITOR", [region.id]);
  otherAuditor = await makeUser(db, "AUDITOR", [region.id]);
  manager = await makeUser(db, "REGIONAL_MANAGER", [region.id]);
  hq = await makeUser(db, "HQ_ADMIN", []);
});

describe(`report drafts (${database.kind})`, () => {
  it("lets an auditor save a draft and come back to it", async () => {
    const caller = callerFor(database.db, auditor);
    const saved = await caller.reports.saveDraft(visit({ answers: [{ itemCode: "GREETING", answer: "PASS" }] }));
    expect(saved).toEqual({ reportId: expect.any(Number) as number, revision: 1, status: "DRAFT" });
    const report = await caller.reports.byId({ reportId: saved.reportId });
    expect(report).toMatchObject({
      status: "DRAFT",
      scenario: "SCREEN_REPAIR",
      answers: [{ itemCode: "GREETING", answer: "PASS" }],
    });
    expect(report.templateVersion.items.map((i) => i.code)).toEqual(["GREETING", "QUOTE_CONFIRMED", "GENUINE_PARTS"]);
  });

  it("refuses unknown items, future times and a missing scenario, each at its field", async () => {
    const caller = callerFor(database.db, auditor);
    expect(
      await fieldErrorsOfCall(
        caller.reports.saveDraft(visit({ answers: [{ itemCode: "FREE_COFFEE", answer: "PASS" }] })),
      ),
    ).toEqual({
      "answers.0.itemCode": ["FREE_COFFEE is not an item of this checklist (version 1)."],
    });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    expect(await fieldErrorsOfCall(caller.reports.saveDraft(visit({ eventAt: tomorrow })))).toEqual({
      eventAt: ["The time cannot be in the future."],
    });
    expect(await fieldErrorsOfCall(caller.reports.saveDraft(visit({ scenario: undefined })))).toEqual({
      scenario: ["Choose the visit scenario."],
    });
    expect(await database.db.report.count({ where: { authorId: auditor.id } })).toBe(1);
  });

  it("refuses a closed period by name, and a center outside the auditor's regions as not found", async () => {
    await database.db.period.create({ data: { key: "2024-02", status: "CLOSED", closedAt: new Date() } });
    const caller = callerFor(database.db, auditor);
    expect(await fieldErrorsOfCall(caller.reports.saveDraft(visit({ eventAt: "2024-02-10T03:00:00Z" })))).toEqual({
      eventAt: ["2024-02 is closed: it accepts no new or edited records."],
    });
    await expect(caller.reports.saveDraft(visit({ centerId: foreignCenter.id }))).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Center was not found.",
    });
  });

  it("keeps drafts to their author: another auditor cannot see or edit them; managers cannot write reports", async () => {
    const mine = await callerFor(database.db, auditor).reports.saveDraft(visit());
    const other = callerFor(database.db, otherAuditor);
    await expect(other.reports.byId({ reportId: mine.reportId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(other.reports.saveDraft(visit({ reportId: mine.reportId, revision: 1 }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await other.reports.list({})).rows.map((r) => r.id)).not.toContain(mine.reportId);
    await expect(callerFor(database.db, manager).reports.saveDraft(visit())).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "This needs the role AUDITOR.",
    });
  });

  it("refuses a save from a stale revision: two saves of the same draft at once cannot both win", async () => {
    const caller = callerFor(database.db, auditor);
    const draft = await caller.reports.saveDraft(visit());
    const results = await Promise.allSettled([
      caller.reports.saveDraft(visit({ reportId: draft.reportId, revision: 1, summary: "first tab" })),
      caller.reports.saveDraft(visit({ reportId: draft.reportId, revision: 1, summary: "second tab" })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/was saved elsewhere since you opened it/) as string,
    });
    expect((await caller.reports.byId({ reportId: draft.reportId })).revision).toBe(2);
  });
});

describe(`report submission (${database.kind})`, () => {
  it("refuses missing items by name, and an all-N/A report", async () => {
    const caller = callerFor(database.db, auditor);
    const partial = await caller.reports.saveDraft(visit({ answers: [{ itemCode: "GREETING", answer: "PASS" }] }));
    expect(await fieldErrorsOfCall(caller.reports.submit({ reportId: partial.reportId, revision: 1 }))).toEqual({
      answers: ["Answer every item before submitting; missing: QUOTE_CONFIRMED, GENUINE_PARTS."],
    });
    const na = visit({
      answers: ["GREETING", "QUOTE_CONFIRMED", "GENUINE_PARTS"].map((itemCode) => ({
        itemCode,
        answer: "NA" as const,
      })),
    });
    const allNa = await caller.reports.saveDraft(na);
    expect(await fieldErrorsOfCall(caller.reports.submit({ reportId: allNa.reportId, revision: 1 }))).toEqual({
      answers: ["A report whose items are all N/A cannot be submitted."],
    });
  });

  it("stores the raw score; a failed critical item caps the counted score at criticalFailCap", async () => {
    const caller = callerFor(database.db, auditor);
    const draft = await caller.reports.saveDraft(visit());
    const submitted = await caller.reports.submit({ reportId: draft.reportId, revision: 1 });
    expect(submitted).toMatchObject({ status: "SUBMITTED", rawScore: 5000, criticalFailed: true, revision: 2 });
    const report = await caller.reports.byId({ reportId: draft.reportId });
    expect(report).toMatchObject({ rawScore: 5000, score: 0, criticalFailCap: 0 });
    const audit = await database.db.auditLog.findFirst({
      where: { action: "REPORT_SUBMITTED", entityId: String(draft.reportId) },
    });
    expect(audit).toMatchObject({
      actorId: auditor.id,
      before: { status: "DRAFT" },
      after: { status: "SUBMITTED", rawScore: "50.00" },
    });
  });

  it("refuses to edit a submitted report (void instead)", async () => {
    const caller = callerFor(database.db, auditor);
    const [submitted] = (await caller.reports.list({ status: "SUBMITTED" })).rows;
    await expect(
      caller.reports.saveDraft(visit({ reportId: submitted!.id, revision: submitted!.revision })),
    ).rejects.toThrow(
      `Report #${submitted!.id} is submitted: it can no longer be edited (a regional manager can void it).`,
    );
  });

  it("keeps the template version a report was filled with: a new version changes no stored score", async () => {
    const [submitted] = (await callerFor(database.db, auditor).reports.list({ status: "SUBMITTED" })).rows;
    const template = await database.db.checklistTemplate.findUniqueOrThrow({ where: { kind: "VISIT" } });
    await database.db.checklistTemplateVersion.create({
      data: {
        templateId: template.id,
        version: 2,
        items: { create: [{ code: "GREETING", position: 0, labelZh: "接待", labelEn: "Greeting", weight: 1 }] },
      },
    });
    const report = await callerFor(database.db, auditor).reports.byId({ reportId: submitted!.id });
    expect(report.templateVersion.version).toBe(1);
    expect(report.rawScore).toBe(5000);
    expect((await callerFor(database.db, auditor).reports.checklist({ kind: "VISIT" })).version).toBe(2);
  });
});

describe(`void (${database.kind})`, () => {
  it("is for managers and HQ, needs a reason, and keeps the report visible, marked void", async () => {
    const [submitted] = (await callerFor(database.db, manager).reports.list({ status: "SUBMITTED" })).rows;
    await expect(
      callerFor(database.db, auditor).reports.void({ reportId: submitted!.id, reason: "Wrong center" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await fieldErrorsOfCall(callerFor(database.db, manager).reports.void({ reportId: submitted!.id, reason: "" })),
    ).toEqual({
      reason: ["Give a reason of at least 5 characters."],
    });
    await callerFor(database.db, manager).reports.void({
      reportId: submitted!.id,
      reason: "Filed against the wrong center",
    });
    const report = await callerFor(database.db, hq).reports.byId({ reportId: submitted!.id });
    expect(report).toMatchObject({ status: "VOIDED", voidReason: "Filed against the wrong center" });
    const card = await callerFor(database.db, manager).scorecards.get({});
    expect(card.rows.find((r) => r.centerId === center.id)).toMatchObject({
      visitCount: 0,
      result: "INSUFFICIENT_DATA",
    });
    const audit = await database.db.auditLog.findFirst({ where: { action: "REPORT_VOIDED" } });
    expect(audit).toMatchObject({ actorId: manager.id, before: { status: "SUBMITTED" }, after: { status: "VOIDED" } });
  });
});

describe(`callbacks entered by hand (${database.kind})`, () => {
  const call = () => ({
    centerId: center.id,
    workOrderNo: "wo-2026-0001",
    calledAt: anHourAgo(),
    outcome: "REACHED" as const,
    rating: 4,
  });

  it("refuses a rating on an unreached call and a missing one on a reached call", async () => {
    const caller = callerFor(database.db, auditor);
    expect(await fieldErrorsOfCall(caller.callbacks.record({ ...call(), outcome: "UNREACHABLE" }))).toEqual({
      rating: ["Only a reached customer can give a rating."],
    });
    expect(await fieldErrorsOfCall(caller.callbacks.record({ ...call(), rating: null }))).toEqual({
      rating: ["A reached customer's rating (1–5) is required."],
    });
    expect(await fieldErrorsOfCall(caller.callbacks.record({ ...call(), rating: 6 }))).toEqual({
      rating: ["The rating is a whole number from 1 to 5."],
    });
  });

  it("stores a work order once, ever", async () => {
    const stored = await callerFor(database.db, auditor).callbacks.record(call());
    expect(stored).toMatchObject({ workOrderNo: "WO-2026-0001", outcome: "REACHED", rating: 4 });
    expect(await fieldErrorsOfCall(callerFor(database.db, manager).callbacks.record(call()))).toEqual({
      workOrderNo: ["Work order WO-2026-0001 is already recorded; a work order is called back once."],
    });
    await expect(
      callerFor(database.db, auditor).callbacks.record({ ...call(), workOrderNo: "WO-X", centerId: foreignCenter.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe(`the reports list (${database.kind})`, () => {
  it("pages 50 at a time with the total, and searches by center and period", async () => {
    const db = database.db;
    const region = await makeRegion(db);
    const busy = await makeCenter(db, region.id, { name: "分页测试服务中心" });
    const quiet = await makeCenter(db, region.id);
    const writer = await makeUser(db, "AUDITOR", [region.id]);
    const reader = await makeUser(db, "REGIONAL_MANAGER", [region.id]);
    const caller = callerFor(db, writer);
    for (let i = 0; i < 52; i += 1)
      await caller.reports.saveDraft(visit({ centerId: i < 51 ? busy.id : quiet.id, answers: [] }));

    const first = await caller.reports.list({});
    expect(first).toMatchObject({ total: 52, page: 1, pageSize: 50 });
    expect(first.rows).toHaveLength(50);
    const second = await caller.reports.list({ page: 2 });
    expect(second.rows).toHaveLength(2);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(52);

    const byName = await caller.reports.list({ search: "分页测试" });
    expect(byName.total).toBe(51);
    const byCode = await caller.reports.list({ search: quiet.code.toLowerCase() });
    expect(byCode.rows.map((r) => r.center.id)).toEqual([quiet.id]);
    const period = first.rows[0]!.periodKey;
    expect((await caller.reports.list({ periodKey: period })).total).toBe(52);
    expect((await caller.reports.list({ periodKey: "2001-01" })).total).toBe(0);
    // Drafts are the auditor's own: the manager's list counts only what was submitted.
    expect((await callerFor(db, reader).reports.list({ search: "分页测试" })).total).toBe(0);
  });
});
