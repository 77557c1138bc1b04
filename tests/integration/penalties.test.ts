// Penalties (DOMAIN-2.md, Penalties: fine, downgrade, termination), through the procedures.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../server/context.ts";
import { localDateOf } from "../../shared/domain/periods.ts";
import { makeComplaint } from "../factories/complaints.ts";
import { makeCenter, makeRegion, makeUser } from "../factories/network.ts";
import { makePolicyVersion, makeReport } from "../factories/records.ts";
import { callerFor } from "../helpers/callers.ts";
import { fieldErrorsOfCall } from "../helpers/field-errors.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase({ firstPeriod: "2025-01" });
let handler: SessionUser;
let hq: SessionUser;
let secondHq: SessionUser;
let manager: SessionUser;
let auditor: SessionUser;
let center: { id: number; code: string };
let gradeC: { id: number; code: string };
let direct: { id: number; code: string };
let elsewhere: { id: number; code: string };
let upheldComplaintId: number;

async function upheldComplaint(centerId: number) {
  const { id } = await makeComplaint(database.db, handler, { centerId, hoursAgo: 2 });
  await callerFor(database.db, handler).complaints.resolve({
    complaintId: id,
    finding: "UPHELD",
    remedy: "NONE",
    resolution: "核实属实",
  });
  return id;
}

beforeAll(async () => {
  const db = database.db;
  await makePolicyVersion(db);
  const region = await makeRegion(db);
  const otherRegion = await makeRegion(db);
  center = await makeCenter(db, region.id, { grade: "B" });
  gradeC = await makeCenter(db, region.id, { grade: "C" });
  direct = await makeCenter(db, region.id, { kind: "DIRECT" });
  elsewhere = await makeCenter(db, otherRegion.id);
  handler = await makeUser(db, "COMPLAINT_HANDLER", []);
  hq = await makeUser(db, "HQ_ADMIN", []);
  secondHq = await makeUser(db, "HQ_ADMIN", []);
  manager = await makeUser(db, "REGIONAL_MANAGER", [region.id]);
  auditor = await makeUser(db, "AUDITOR", [region.id]);
  upheldComplaintId = await upheldComplaint(center.id);
});

describe(`proposing a penalty (${database.kind})`, () => {
  it("refuses a fine of 0 or over the limit, a complaint not upheld, and a report without a failed critical item", async () => {
    const caller = callerFor(database.db, handler);
    const fine = (amountYuan: number) =>
      caller.penalties.propose({
        centerId: center.id,
        kind: "FINE",
        basis: "COMPLAINT",
        complaintId: upheldComplaintId,
        reason: "多收费用属实",
        amountYuan,
      });
    expect(await fieldErrorsOfCall(fine(0))).toEqual({ amountYuan: ["A fine is whole yuan from 1 to 1,000,000."] });
    expect(await fieldErrorsOfCall(fine(1_000_001))).toEqual({
      amountYuan: ["A fine is whole yuan from 1 to 1,000,000."],
    });
    const { id: openComplaint } = await makeComplaint(database.db, handler, { centerId: center.id, hoursAgo: 1 });
    const notUpheld = caller.penalties.propose({
      centerId: center.id,
      kind: "FINE",
      basis: "COMPLAINT",
      complaintId: openComplaint,
      reason: "还在处理中",
      amountYuan: 100,
    });
    expect(await fieldErrorsOfCall(notUpheld)).toEqual({
      complaintId: ["Only an upheld complaint is evidence for a penalty."],
    });
    const clean = await makeReport(database.db, {
      centerId: center.id,
      authorId: auditor.id,
      periodKey: "2025-03",
      rawScore: 90,
    });
    const noCritical = callerFor(database.db, manager).penalties.propose({
      centerId: center.id,
      kind: "FINE",
      basis: "REPORT",
      reportId: clean.id,
      reason: "走访发现问题",
      amountYuan: 500,
    });
    expect(await fieldErrorsOfCall(noCritical)).toEqual({ reportId: ["That report failed no critical item."] });
    expect(await database.db.penalty.count()).toBe(0);
  });

  it("refuses to downgrade a grade-C center, and lets a manager propose only in their regions", async () => {
    const call = callerFor(database.db, manager).penalties.propose({
      centerId: gradeC.id,
      kind: "DOWNGRADE",
      basis: "OTHER",
      reason: "多次整改不到位",
    });
    expect(await fieldErrorsOfCall(call)).toEqual({
      kind: [`Center ${gradeC.code} is grade C, the lowest: propose termination instead.`],
    });
    const outside = callerFor(database.db, manager).penalties.propose({
      centerId: elsewhere.id,
      kind: "FINE",
      basis: "OTHER",
      reason: "多次整改不到位",
      amountYuan: 100,
    });
    expect(await fieldErrorsOfCall(outside)).toEqual({ centerId: ["Center was not found."] });
  });

  it("opens an escalation instead of penalising a direct center", async () => {
    const complaintId = await upheldComplaint(direct.id);
    const outcome = await callerFor(database.db, handler).penalties.propose({
      centerId: direct.id,
      kind: "FINE",
      basis: "COMPLAINT",
      complaintId,
      reason: "直营店服务态度问题",
      amountYuan: 100,
    });
    expect(outcome).toMatchObject({ outcome: "ESCALATED" });
    expect(await database.db.penalty.count({ where: { centerId: direct.id } })).toBe(0);
  });
});

describe(`deciding a penalty (${database.kind})`, () => {
  it("confirms a fine by another person only, then records it paid; the ledger totals it", async () => {
    const proposed = await callerFor(database.db, hq).penalties.propose({
      centerId: center.id,
      kind: "FINE",
      basis: "COMPLAINT",
      complaintId: upheldComplaintId,
      reason: '=HYPERLINK("x") 多收费用属实',
      amountYuan: 2000,
    });
    if (proposed.outcome !== "PROPOSED") throw new Error("expected a proposal");
    const own = callerFor(database.db, hq).penalties.decide({ penaltyId: proposed.penaltyId, decision: "CONFIRM" });
    expect(await fieldErrorsOfCall(own)).toEqual({
      decision: ["You proposed this penalty: another headquarters admin decides it."],
    });
    await expect(
      callerFor(database.db, handler).penalties.decide({ penaltyId: proposed.penaltyId, decision: "CONFIRM" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const confirmed = await callerFor(database.db, secondHq).penalties.decide({
      penaltyId: proposed.penaltyId,
      decision: "CONFIRM",
    });
    expect(confirmed).toMatchObject({ status: "CONFIRMED", decidedById: secondHq.id });
    expect((await callerFor(database.db, hq).inbox.list({})).rows[0]!.message).toMatchObject({
      key: "notice.penaltyDecided",
    });
    expect(
      await fieldErrorsOfCall(
        callerFor(database.db, hq).penalties.settle({ penaltyId: proposed.penaltyId, outcome: "PAID" }),
      ),
    ).toEqual({
      paymentRef: ["Enter the payment's reference."],
    });
    const paid = await callerFor(database.db, hq).penalties.settle({
      penaltyId: proposed.penaltyId,
      outcome: "PAID",
      paymentRef: "PAY-2026-0042",
    });
    expect(paid).toMatchObject({ status: "PAID", paymentRef: "PAY-2026-0042" });
    const ledger = await callerFor(database.db, manager).penalties.list({ centerId: center.id });
    expect(ledger.totals).toContainEqual({ status: "PAID", kind: "FINE", count: 1, amountYuan: 2000 });
    expect(ledger.byCenter.map((row) => [row.center.code, row.count, row.amountYuan])).toEqual([
      [center.code, 1, 2000],
    ]);
    const csv = await callerFor(database.db, manager).penalties.ledgerCsv({ centerId: center.id });
    expect(csv.fileName).toMatch(/^penalties-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.csv.startsWith("\uFEFF编号,期间,服务中心编码")).toBe(true);
    expect(csv.csv).toContain(`"'=HYPERLINK(""x"") 多收费用属实"`);
    expect(csv.csv).toContain("已缴纳");
    const actions = await database.db.auditLog.findMany({
      where: { entityType: "penalty", entityId: String(proposed.penaltyId) },
      select: { action: true },
      orderBy: { id: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["PENALTY_PROPOSED", "PENALTY_CONFIRMED", "PENALTY_PAID"]);
  });

  it("cancels only with a reason, and a cancelled penalty cannot be confirmed", async () => {
    const proposed = await callerFor(database.db, handler).penalties.propose({
      centerId: center.id,
      kind: "FINE",
      basis: "OTHER",
      reason: "价格公示不全",
      amountYuan: 300,
    });
    if (proposed.outcome !== "PROPOSED") throw new Error("expected a proposal");
    expect(
      await fieldErrorsOfCall(
        callerFor(database.db, hq).penalties.decide({ penaltyId: proposed.penaltyId, decision: "CANCEL" }),
      ),
    ).toEqual({
      reason: ["Give a reason of at least 5 characters for cancelling."],
    });
    await callerFor(database.db, hq).penalties.decide({
      penaltyId: proposed.penaltyId,
      decision: "CANCEL",
      reason: "证据不足，撤销",
    });
    await expect(
      callerFor(database.db, secondHq).penalties.decide({ penaltyId: proposed.penaltyId, decision: "CONFIRM" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This penalty is cancelled; only a proposed one can take this step.",
    });
  });

  it("moves the grade on a confirmed downgrade (B → C), and refuses the next one", async () => {
    const propose = () =>
      callerFor(database.db, handler).penalties.propose({
        centerId: center.id,
        kind: "DOWNGRADE",
        basis: "OTHER",
        reason: "连续投诉成立",
      });
    const first = await propose();
    const second = await propose();
    if (first.outcome !== "PROPOSED" || second.outcome !== "PROPOSED") throw new Error("expected proposals");
    const confirmed = await callerFor(database.db, hq).penalties.decide({
      penaltyId: first.penaltyId,
      decision: "CONFIRM",
    });
    expect(confirmed).toMatchObject({ gradeFrom: "B", gradeTo: "C", center: { grade: "C" } });
    expect(
      await fieldErrorsOfCall(
        callerFor(database.db, hq).penalties.decide({ penaltyId: second.penaltyId, decision: "CONFIRM" }),
      ),
    ).toEqual({
      decision: [`Center ${center.code} is grade C, the lowest: propose termination instead.`],
    });
    expect(await database.db.penalty.count({ where: { id: second.penaltyId, status: "PROPOSED" } })).toBe(1);
  });

  it("raises a revocation proposal on a confirmed termination, which two admins then issue", async () => {
    const proposed = await callerFor(database.db, manager).penalties.propose({
      centerId: gradeC.id,
      kind: "TERMINATION",
      basis: "OTHER",
      reason: "拒不整改，严重违约",
    });
    if (proposed.outcome !== "PROPOSED") throw new Error("expected a proposal");
    await callerFor(database.db, hq).penalties.decide({ penaltyId: proposed.penaltyId, decision: "CONFIRM" });
    const queue = await callerFor(database.db, hq).revocations.list({ status: "PROPOSED" });
    const proposal = queue.find((p) => p.center.id === gradeC.id)!;
    expect(proposal).toMatchObject({ raisedPeriodKey: null, penalty: { id: proposed.penaltyId, kind: "TERMINATION" } });
    expect((await callerFor(database.db, manager).centers.byId({ centerId: gradeC.id })).status).toBe(
      "PENDING_REVOCATION",
    );
    await callerFor(database.db, hq).revocations.requestIssue({
      proposalId: proposal.id,
      reason: "拒不整改，终止授权",
      effectiveDate: localDateOf(new Date(), "Asia/Shanghai"),
    });
    await callerFor(database.db, secondHq).revocations.decideRequest({ proposalId: proposal.id, decision: "APPROVE" });
    expect((await callerFor(database.db, manager).centers.byId({ centerId: gradeC.id })).status).toBe("REVOKED");
    const again = callerFor(database.db, handler).penalties.propose({
      centerId: gradeC.id,
      kind: "FINE",
      basis: "OTHER",
      reason: "再次违规收费",
      amountYuan: 100,
    });
    expect((await fieldErrorsOfCall(again)).centerId?.[0]).toMatch(/is revoked/);
  });
});
