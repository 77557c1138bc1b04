// Headquarters administers centers and checklist templates (issue 6); nobody else may call any
// headquarters procedure.
import { beforeAll, describe, expect, it } from "vitest";
import type { TCenterFields } from "../../shared/schemas/centers.ts";
import type { TChecklistItemInput } from "../../shared/schemas/checklists.ts";
import { DEFAULT_SCORING_POLICY } from "../../shared/domain/policy.ts";
import { type TPolicyInput, toPolicyInput } from "../../shared/schemas/policy.ts";
import type { SessionUser } from "../../server/context.ts";
import { makeCenter, makeRegion, makeUser } from "../factories/network.ts";
import { makeChecklist, makePolicyVersion, makeReport } from "../factories/records.ts";
import { callerFor } from "../helpers/callers.ts";
import { fieldErrorsOfCall, schemaIssuesOfCall } from "../helpers/field-errors.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase({ firstPeriod: "2024-01" });
let region: { id: number };
let hq: SessionUser;
let manager: SessionUser;
let auditor: SessionUser;

const newCenter = (overrides: Partial<TCenterFields> = {}): TCenterFields => ({
  code: "HZ-0100",
  name: "杭州滨江授权服务中心",
  kind: "AUTHORIZED",
  authorizationNo: "AUTH-ZJ-0100",
  partnerName: "杭州恒信通讯有限公司",
  regionId: region.id,
  province: "浙江",
  city: "杭州",
  cityTier: 2,
  address: "滨江区江南大道 100 号",
  ...overrides,
});

const DEFAULT_POLICY_INPUT: TPolicyInput = toPolicyInput(DEFAULT_SCORING_POLICY);

const items: TChecklistItemInput[] = [
  { code: "GREETING", labelZh: "接待", labelEn: "Greeting", weight: 2, critical: false },
  { code: "QUOTE_CONFIRMED", labelZh: "报价确认", labelEn: "Quote confirmed", weight: 3, critical: false },
  { code: "GENUINE_PARTS", labelZh: "原厂配件", labelEn: "Genuine parts", weight: 5, critical: true },
  { code: "DATA_PRIVACY", labelZh: "数据隐私", labelEn: "Customer data protected", weight: 4, critical: true },
];

beforeAll(async () => {
  const db = database.db;
  await makePolicyVersion(db);
  region = await makeRegion(db);
  hq = await makeUser(db, "HQ_ADMIN", []);
  manager = await makeUser(db, "REGIONAL_MANAGER", [region.id]);
  auditor = await makeUser(db, "AUDITOR", [region.id]);
});

describe(`headquarters' console refused to other roles (${database.kind})`, () => {
  it.each(["REGIONAL_MANAGER", "AUDITOR"] as const)("refuses %s every headquarters procedure", async (role) => {
    const caller = callerFor(database.db, role === "AUDITOR" ? auditor : manager);
    const center = await makeCenter(database.db, region.id);
    const refusals = [
      caller.centers.create({ center: newCenter({ code: "NOPE-1", authorizationNo: "AUTH-NOPE-1" }) }),
      caller.centers.update({ centerId: center.id, center: newCenter({ code: center.code }) }),
      caller.checklists.templates(),
      caller.checklists.createVersion({ kind: "VISIT", items }),
      caller.users.list(),
      caller.users.create({ email: "x@test.example", user: { name: "X", role: "AUDITOR", regionIds: [region.id] } }),
      caller.users.update({ userId: hq.id, user: { name: "X", role: "AUDITOR", regionIds: [region.id] } }),
      caller.users.setActive({ userId: hq.id, active: false, reason: "no" + "pe" }),
      caller.users.resetPassword({ userId: hq.id }),
      caller.auditLog.list({ filter: {} }),
      caller.auditLog.facets(),
      // Periods, revocations and the scoring policy (their behaviour is tested in their own files).
      caller.periods.previewClose({ periodKey: "2024-01" }),
      caller.periods.close({ periodKey: "2024-01" }),
      caller.periods.reopen({ periodKey: "2024-01", reason: "Late callbacks" }),
      caller.revocations.list({}),
      caller.revocations.requestIssue({ proposalId: 1, reason: "Two failing months", effectiveDate: "2099-01-01" }),
      caller.revocations.decideRequest({ proposalId: 1, decision: "APPROVE" }),
      caller.revocations.dismiss({ proposalId: 1, reason: "Rectified in time" }),
      caller.revocations.reverse({ proposalId: 1, reason: "Appeal upheld" }),
      caller.revocations.escalations({}),
      caller.revocations.resolveEscalation({ escalationId: 1, resolution: "Management review done" }),
      caller.policy.versions(),
      caller.policy.simulate({ policy: DEFAULT_POLICY_INPUT }),
      caller.policy.createVersion({ policy: DEFAULT_POLICY_INPUT }),
    ];
    for (const refusal of refusals)
      await expect(refusal).rejects.toMatchObject({ code: "FORBIDDEN", message: "This needs the role HQ_ADMIN." });
    expect(await database.db.center.count({ where: { code: "NOPE-1" } })).toBe(0);
    expect(await database.db.user.count({ where: { email: "x@test.example" } })).toBe(0);
  });
});

describe(`centers administered by headquarters (${database.kind})`, () => {
  it("creates a center, audited, that managers of its region then see", async () => {
    const { id } = await callerFor(database.db, hq).centers.create({ center: newCenter() });
    const seen = await callerFor(database.db, manager).centers.byId({ centerId: id });
    expect(seen).toMatchObject({
      code: "HZ-0100",
      kind: "AUTHORIZED",
      authorizationNo: "AUTH-ZJ-0100",
      status: "ACTIVE",
    });
    const entry = await database.db.auditLog.findFirst({ where: { action: "CENTER_CREATED", entityId: String(id) } });
    expect(entry).toMatchObject({ actorId: hq.id, after: { code: "HZ-0100", authorizationNo: "AUTH-ZJ-0100" } });
  });

  it("names each field and its rule, and stores nothing", async () => {
    const issues = await schemaIssuesOfCall(
      callerFor(database.db, hq).centers.create({
        center: newCenter({ code: "x", authorizationNo: null, cityTier: 7, name: " " }),
      }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        "center.code: Code must be 2–16 letters, digits or dashes, e.g. SH-0042.",
        "center.name: Name is required.",
        "center.cityTier: City tier must be a whole number from 1 to 5.",
      ]),
    );
    const kindIssues = await schemaIssuesOfCall(
      callerFor(database.db, hq).centers.create({ center: newCenter({ code: "OK-1", authorizationNo: null }) }),
    );
    expect(kindIssues).toEqual(["center.authorizationNo: An authorized center needs its authorization number."]);
    const directIssues = await schemaIssuesOfCall(
      callerFor(database.db, hq).centers.create({ center: newCenter({ code: "OK-2", kind: "DIRECT" }) }),
    );
    expect(directIssues).toEqual([
      "center.authorizationNo: A direct center has no authorization number: leave it empty.",
    ]);
    expect(await database.db.center.count({ where: { code: { in: ["OK-1", "OK-2", "X"] } } })).toBe(0);
  });

  it("refuses a code or authorization number already in use, naming the field", async () => {
    const taken = await makeCenter(database.db, region.id);
    const errors = await fieldErrorsOfCall(
      callerFor(database.db, hq).centers.create({
        center: newCenter({ code: taken.code, authorizationNo: "AUTH-NEW-9" }),
      }),
    );
    expect(errors).toEqual({ code: [`Code ${taken.code} is already used.`] });
  });

  it("edits a center and changes its kind, keeping before and after in the audit log", async () => {
    const center = await makeCenter(database.db, region.id, { kind: "DIRECT" });
    await callerFor(database.db, hq).centers.update({
      centerId: center.id,
      center: newCenter({ code: center.code, authorizationNo: "AUTH-ZJ-7001", name: "杭州转授权服务中心" }),
    });
    const after = await database.db.center.findUniqueOrThrow({ where: { id: center.id } });
    expect(after).toMatchObject({ kind: "AUTHORIZED", authorizationNo: "AUTH-ZJ-7001", name: "杭州转授权服务中心" });
    const entry = await database.db.auditLog.findFirst({
      where: { action: "CENTER_UPDATED", entityId: String(center.id) },
    });
    expect(entry?.before).toMatchObject({ kind: "DIRECT", authorizationNo: null });
    expect(entry?.after).toMatchObject({ kind: "AUTHORIZED", authorizationNo: "AUTH-ZJ-7001" });
  });

  it("refuses to make a center direct while a revocation of it is pending", async () => {
    const center = await makeCenter(database.db, region.id);
    await database.db.revocationProposal.create({ data: { centerId: center.id, raisedPeriodKey: "2024-01" } });
    const refusal = callerFor(database.db, hq).centers.update({
      centerId: center.id,
      center: newCenter({ code: center.code, kind: "DIRECT", authorizationNo: null, partnerName: null }),
    });
    await expect(refusal).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This center has a pending or issued revocation: decide or reverse it before making the center direct.",
    });
    expect(await database.db.center.findUniqueOrThrow({ where: { id: center.id } })).toMatchObject({
      kind: "AUTHORIZED",
    });
  });

  it("answers an unknown center as not found", async () => {
    await expect(
      callerFor(database.db, hq).centers.update({ centerId: 999_999, center: newCenter({ code: "GONE-1" }) }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe(`checklist templates (${database.kind})`, () => {
  it("writes a new version when edited; a report filed before keeps its own", async () => {
    const { versionId: v1 } = await makeChecklist(database.db, "VISIT");
    const center = await makeCenter(database.db, region.id);
    const report = await makeReport(database.db, {
      centerId: center.id,
      authorId: auditor.id,
      periodKey: "2024-03",
      rawScore: 90,
    });
    const created = await callerFor(database.db, hq).checklists.createVersion({ kind: "VISIT", items });
    expect(created.version).toBe(2);

    const templates = await callerFor(database.db, hq).checklists.templates();
    const visit = templates.find((t) => t.kind === "VISIT");
    expect(visit?.versions.map((v) => [v.version, v.itemCount])).toEqual([
      [2, 4],
      [1, 3],
    ]);
    expect(visit?.current?.items.map((i) => [i.code, i.weight, i.critical])).toEqual([
      ["GREETING", 2, false],
      ["QUOTE_CONFIRMED", 3, false],
      ["GENUINE_PARTS", 5, true],
      ["DATA_PRIVACY", 4, true],
    ]);
    // New drafts get the new version; the report already filed points at the old one.
    const checklist = await callerFor(database.db, auditor).reports.checklist({ kind: "VISIT" });
    expect(checklist.version).toBe(2);
    const filed = await database.db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(filed.templateVersionId).toBe(v1);

    const entry = await database.db.auditLog.findFirst({ where: { action: "CHECKLIST_VERSION_CREATED" } });
    expect(entry?.before).toMatchObject({ version: 1 });
    expect(entry?.after).toMatchObject({ version: 2 });
    expect((entry?.after as { items: { code: string }[] }).items.map((i) => i.code)).toContain("DATA_PRIVACY");
  });

  it("refuses an unchanged checklist, a repeated code and a bad weight", async () => {
    await makeChecklist(database.db, "VISIT");
    const current = (await callerFor(database.db, hq).checklists.templates()).find((t) => t.kind === "VISIT")?.current;
    const same = current?.items.map(({ code, labelZh, labelEn, weight, critical }) => ({
      code,
      labelZh,
      labelEn,
      weight,
      critical,
    }));
    await expect(
      callerFor(database.db, hq).checklists.createVersion({ kind: "VISIT", items: same ?? [] }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Nothing changed: the checklist is the same as its current version.",
    });
    const issues = await schemaIssuesOfCall(
      callerFor(database.db, hq).checklists.createVersion({
        kind: "VISIT",
        items: [items[0]!, { ...items[0]!, weight: 0 }],
      }),
    );
    expect(issues).toEqual([
      "items.1.weight: Weight must be a whole number from 1 to 100.",
      "items.1.code: Code GREETING is used twice.",
    ]);
  });
});
