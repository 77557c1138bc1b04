// Revocation proposals and escalations (DOMAIN.md, Consequences 4–5), through the procedures.
import { beforeAll, describe, expect, it } from "vitest";
import { localDateOf, shiftPeriod } from "../../shared/domain/periods.ts";
import { closePeriod } from "../../server/services/periods/close-period.ts";
import type { SessionUser } from "../../server/context.ts";
import { makeCenter, makeRegion, makeUser } from "../factories/network.ts";
import { makePolicyVersion, makeReport } from "../factories/records.ts";
import { callerFor } from "../helpers/callers.ts";
import { fieldErrorsOfCall } from "../helpers/field-errors.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase({ firstPeriod: "2025-05" });
let hq: SessionUser;
let secondHq: SessionUser;
let manager: SessionUser;
let auditor: SessionUser;
let revoked: { id: number; code: string };
let dismissed: { id: number; code: string };
let direct: { id: number; code: string };
const today = () => localDateOf(new Date(), "Asia/Shanghai");

const proposalOf = async (centerId: number, status: "PROPOSED" | "ISSUED" = "PROPOSED") =>
  database.db.revocationProposal.findFirstOrThrow({ where: { centerId, status }, select: { id: true } });

beforeAll(async () => {
  const db = database.db;
  await makePolicyVersion(db);
  const region = await makeRegion(db);
  revoked = await makeCenter(db, region.id);
  dismissed = await makeCenter(db, region.id);
  direct = await makeCenter(db, region.id, { kind: "DIRECT" });
  hq = await makeUser(db, "HQ_ADMIN", []);
  secondHq = await makeUser(db, "HQ_ADMIN", []);
  manager = await makeUser(db, "REGIONAL_MANAGER", [region.id]);
  auditor = await makeUser(db, "AUDITOR", [region.id]);
  for (const periodKey of ["2025-05", "2025-06", "2025-07"]) {
    for (const center of [revoked, dismissed, direct]) {
      await makeReport(db, { centerId: center.id, authorId: auditor.id, periodKey, rawScore: 50 });
    }
  }
  await callerFor(db, hq).periods.close({ periodKey: "2025-05" });
  await callerFor(db, hq).periods.close({ periodKey: "2025-06" });
});

describe(`revocation queue (${database.kind})`, () => {
  it("lists proposals with their failing evaluations for headquarters only", async () => {
    const queue = await callerFor(database.db, hq).revocations.list({ status: "PROPOSED" });
    expect(queue.map((p) => p.center.code).sort()).toEqual([revoked.code, dismissed.code].sort());
    expect(queue[0]!.evidence.map((e) => [e.evaluation.periodKey, e.evaluation.result])).toEqual([
      ["2025-05", "FAIL"],
      ["2025-06", "FAIL"],
    ]);
    expect(queue[0]!.evidence[0]!.evaluation.correctiveAction).toMatchObject({ status: "OPEN" });
    for (const user of [manager, auditor]) {
      await expect(callerFor(database.db, user).revocations.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        callerFor(database.db, user).revocations.requestIssue({
          proposalId: (await proposalOf(revoked.id)).id,
          reason: "Two failing months",
          effectiveDate: today(),
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("refuses a request to issue without a reason or with a past effective date, naming the field", async () => {
    const { id } = await proposalOf(revoked.id);
    const caller = callerFor(database.db, hq);
    expect(
      await fieldErrorsOfCall(caller.revocations.requestIssue({ proposalId: id, reason: "", effectiveDate: today() })),
    ).toEqual({
      reason: ["Give a reason of at least 5 characters."],
    });
    const pastDate = caller.revocations.requestIssue({
      proposalId: id,
      reason: "Two failing months",
      effectiveDate: "2020-01-01",
    });
    expect((await fieldErrorsOfCall(pastDate)).effectiveDate?.[0]).toMatch(/^The effective date cannot be in the past/);
    expect(
      await fieldErrorsOfCall(
        caller.revocations.requestIssue({ proposalId: id, reason: "Two failing months", effectiveDate: "2026-02-30" }),
      ),
    ).toEqual({
      effectiveDate: ["Enter the effective date as YYYY-MM-DD."],
    });
    expect(await database.db.revocationProposal.count({ where: { id, status: "PROPOSED" } })).toBe(1);
  });

  it("takes two people to issue: the requester cannot approve, a rejection clears the request", async () => {
    const { id } = await proposalOf(revoked.id);
    const request = { proposalId: id, reason: "Failed two consecutive evaluations", effectiveDate: today() };
    await expect(
      callerFor(database.db, hq).revocations.decideRequest({ proposalId: id, decision: "APPROVE" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: "Nobody has requested issuing this revocation yet." });
    const requested = await callerFor(database.db, hq).revocations.requestIssue(request);
    expect(requested).toMatchObject({ status: "PROPOSED", requestedById: hq.id, requestReason: request.reason });
    await expect(callerFor(database.db, secondHq).revocations.requestIssue(request)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const ownApproval = callerFor(database.db, hq).revocations.decideRequest({ proposalId: id, decision: "APPROVE" });
    expect(await fieldErrorsOfCall(ownApproval)).toEqual({
      decision: ["You requested this revocation: another headquarters admin approves or rejects it."],
    });
    expect(
      await fieldErrorsOfCall(
        callerFor(database.db, secondHq).revocations.decideRequest({ proposalId: id, decision: "REJECT", reason: "" }),
      ),
    ).toEqual({ reason: ["Give a reason of at least 5 characters."] });
    expect(
      await database.db.revocationProposal.count({ where: { id, status: "PROPOSED", requestedById: hq.id } }),
    ).toBe(1);
    const rejected = await callerFor(database.db, secondHq).revocations.decideRequest({
      proposalId: id,
      decision: "REJECT",
      reason: "Evidence of the second month is thin",
    });
    expect(rejected).toMatchObject({
      status: "PROPOSED",
      requestedAt: null,
      requestRejectReason: "Evidence of the second month is thin",
    });
    const inbox = await callerFor(database.db, hq).inbox.list({});
    expect(inbox.rows[0]!.message.key).toBe("notice.revocationRejected");
    const secondInbox = await callerFor(database.db, secondHq).inbox.list({});
    expect(secondInbox.rows.map((r) => r.message.key)).toContain("notice.revocationAwaitsApproval");
  });

  it("issues a revocation: the center shows REVOKED and accepts no new records", async () => {
    const { id } = await proposalOf(revoked.id);
    await callerFor(database.db, secondHq).revocations.requestIssue({
      proposalId: id,
      reason: "Failed two consecutive evaluations",
      effectiveDate: today(),
    });
    const issued = await callerFor(database.db, hq).revocations.decideRequest({ proposalId: id, decision: "APPROVE" });
    expect(issued).toMatchObject({ status: "ISSUED", decisionReason: "Failed two consecutive evaluations" });
    const center = await callerFor(database.db, manager).centers.byId({ centerId: revoked.id });
    expect(center.status).toBe("REVOKED");
    await expect(
      callerFor(database.db, auditor).callbacks.record({
        centerId: revoked.id,
        workOrderNo: "WO-REVOKED-1",
        calledAt: new Date(Date.now() - 3_600_000).toISOString(),
        outcome: "REACHED",
        rating: 5,
      }),
    ).rejects.toThrow(/is revoked since .*: it accepts no new records/);
    const audit = await database.db.auditLog.findFirst({
      where: { action: "REVOCATION_ISSUED", entityId: String(id) },
    });
    expect(audit).toMatchObject({ before: { status: "PROPOSED" }, after: { status: "ISSUED" } });
  });

  it("refuses to decide the same proposal twice", async () => {
    const { id } = await proposalOf(revoked.id, "ISSUED");
    await expect(
      callerFor(database.db, hq).revocations.dismiss({ proposalId: id, reason: "Changed my mind" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This proposal is issued; only a proposed one can be dismissed.",
    });
  });

  it("dismisses with a reason; the streak stays, so the next failure raises a new proposal", async () => {
    const { id } = await proposalOf(dismissed.id);
    await callerFor(database.db, hq).revocations.dismiss({ proposalId: id, reason: "New owner, give them a chance" });
    const center = await database.db.center.findUniqueOrThrow({
      where: { id: dismissed.id },
      select: { failureStreak: true },
    });
    expect(center.failureStreak).toBe(2);
    await callerFor(database.db, hq).periods.close({ periodKey: "2025-07" });
    const proposals = await database.db.revocationProposal.findMany({
      where: { centerId: dismissed.id },
      select: { status: true, raisedPeriodKey: true },
      orderBy: { id: "asc" },
    });
    expect(proposals).toEqual([
      { status: "DISMISSED", raisedPeriodKey: "2025-06" },
      { status: "PROPOSED", raisedPeriodKey: "2025-07" },
    ]);
  });

  it("leaves a revoked center out of closes of periods that end after its revocation took effect", async () => {
    // Close every month up to the current one, as if it were next month already.
    const now = new Date();
    const { currentPeriodKey } = await callerFor(database.db, hq).periods.list();
    const later = new Date(now.getTime() + 40 * 86_400_000);
    for (let key = "2025-08"; key <= currentPeriodKey; key = shiftPeriod(key, 1)) {
      await closePeriod(database.db, { id: hq.id, email: hq.email }, { periodKey: key }, { now: later });
    }
    const evaluated = async (periodKey: string) =>
      database.db.evaluation.count({ where: { centerId: revoked.id, periodKey } });
    expect(await evaluated(shiftPeriod(currentPeriodKey, -1))).toBe(1); // ended before the revocation took effect
    expect(await evaluated(currentPeriodKey)).toBe(0); // the revocation took effect today, inside this period
    // No new proposal is ever raised for a center whose revocation is issued.
    expect(await database.db.revocationProposal.count({ where: { centerId: revoked.id } })).toBe(1);
  });

  it("reverses an issued revocation with a reason: the center returns with a streak of 0", async () => {
    const { id } = await proposalOf(revoked.id, "ISSUED");
    const reversed = await callerFor(database.db, hq).revocations.reverse({
      proposalId: id,
      reason: "Appeal upheld by the board",
    });
    expect(reversed).toMatchObject({
      status: "REVERSED",
      reverseReason: "Appeal upheld by the board",
      center: { failureStreak: 0 },
    });
    const center = await callerFor(database.db, manager).centers.byId({ centerId: revoked.id });
    expect(center.status).not.toBe("REVOKED");
  });
});

describe(`escalations of direct centers (${database.kind})`, () => {
  it("escalates a direct center instead of proposing a revocation, and joins later failures", async () => {
    const escalations = await callerFor(database.db, hq).revocations.escalations({});
    const mine = escalations.filter((e) => e.center.id === direct.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.evidence.map((e) => e.evaluation.periodKey)).toEqual(["2025-05", "2025-06", "2025-07"]);
    expect(await database.db.revocationProposal.count({ where: { centerId: direct.id } })).toBe(0);
  });

  it("is resolved by headquarters with a resolution, once", async () => {
    const [open] = await callerFor(database.db, hq).revocations.escalations({ status: "OPEN" });
    const caller = callerFor(database.db, hq);
    await expect(
      callerFor(database.db, manager).revocations.resolveEscalation({ escalationId: open!.id, resolution: "Reviewed" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const resolved = await caller.revocations.resolveEscalation({
      escalationId: open!.id,
      resolution: "Manager replaced",
    });
    expect(resolved.status).toBe("RESOLVED");
    await expect(
      caller.revocations.resolveEscalation({ escalationId: open!.id, resolution: "Again please" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
