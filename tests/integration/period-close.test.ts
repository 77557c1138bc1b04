// Period close and reopen (DOMAIN.md, Periods and Consequences), through the procedures.
import { renderMessage } from "../../shared/messages/message-ref.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { localDateOf, startOfLocalDate } from "../../shared/domain/periods.ts";
import type { SessionUser } from "../../server/context.ts";
import { makeCenter, makeRegion, makeUser } from "../factories/network.ts";
import { makeCallbacks, makePolicyVersion, makeReport } from "../factories/records.ts";
import { callerFor } from "../helpers/callers.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase({ firstPeriod: "2025-01" });
let hq: SessionUser;
let manager: SessionUser;
let auditor: SessionUser;
let failing: { id: number }; // authorized, fails every month
let direct: { id: number }; // direct, fails every month
let good: { id: number }; // passes
let silent: { id: number }; // no records at all

async function visit(centerId: number, periodKey: string, rawScore: number) {
  await makeReport(database.db, { centerId, authorId: auditor.id, periodKey, rawScore });
}

beforeAll(async () => {
  const db = database.db;
  await makePolicyVersion(db);
  const region = await makeRegion(db);
  failing = await makeCenter(db, region.id);
  direct = await makeCenter(db, region.id, { kind: "DIRECT" });
  good = await makeCenter(db, region.id);
  silent = await makeCenter(db, region.id);
  hq = await makeUser(db, "HQ_ADMIN", []);
  manager = await makeUser(db, "REGIONAL_MANAGER", [region.id]);
  auditor = await makeUser(db, "AUDITOR", [region.id]);
  for (const period of ["2025-01", "2025-02", "2025-03"]) {
    await visit(failing.id, period, 60);
    await visit(direct.id, period, 70);
    await visit(good.id, period, 95);
    await makeCallbacks(db, {
      centerId: good.id,
      recordedById: manager.id,
      periodKey: period,
      ratings: [5, 5, 5, 5, 5, 4, 4, 4, 4, 3],
    });
  }
});

const evaluationOf = (centerId: number, periodKey: string) =>
  database.db.evaluation.findUnique({ where: { centerId_periodKey: { centerId, periodKey } } });
const streakOf = async (centerId: number) =>
  (await database.db.center.findUniqueOrThrow({ where: { id: centerId }, select: { failureStreak: true } }))
    .failureStreak;

describe(`period close (${database.kind})`, () => {
  it("is refused to auditors and regional managers, naming the role needed", async () => {
    for (const user of [auditor, manager]) {
      await expect(callerFor(database.db, user).periods.close({ periodKey: "2025-01" })).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: "This needs the role HQ_ADMIN.",
      });
    }
  });

  it("refuses a malformed period key, naming the field", async () => {
    await expect(callerFor(database.db, hq).periods.close({ periodKey: "2025-13" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("refuses the current period: it has not ended", async () => {
    const { currentPeriodKey } = await callerFor(database.db, hq).periods.list();
    await expect(callerFor(database.db, hq).periods.close({ periodKey: currentPeriodKey })).rejects.toThrow(
      /has not ended yet: it can be closed from \d{4}-\d{2}-01 00:00 \(Asia\/Shanghai\)/,
    );
  });

  it("freezes every center's evaluation with the policy version and applies the first consequences", async () => {
    const outcome = await callerFor(database.db, hq).periods.close({ periodKey: "2025-01" });
    expect(outcome).toMatchObject({
      status: "CLOSED",
      policyVersion: 1,
      summary: { centers: 4, pass: 1, fail: 2, insufficientData: 1, correctiveActions: 2, revocationProposals: 0 },
    });
    expect(await evaluationOf(failing.id, "2025-01")).toMatchObject({
      result: "FAIL",
      streakBefore: 0,
      streakAfter: 1,
    });
    // (40 × 95.00 + 30 × 90.00) / 70 = 92.857… → 92.86
    expect((await evaluationOf(good.id, "2025-01"))?.composite?.toFixed(2)).toBe("92.86");
    expect(await evaluationOf(silent.id, "2025-01")).toMatchObject({ result: "INSUFFICIENT_DATA", composite: null });
    const actions = await database.db.correctiveAction.findMany({
      select: { centerId: true, status: true, dueAt: true },
    });
    expect(actions.map((a) => a.centerId).sort()).toEqual([failing.id, direct.id].sort());
    const closedAt = (await database.db.period.findUniqueOrThrow({ where: { key: "2025-01" } })).closedAt!;
    // Due at the end of the local date 30 days after the close.
    const dueDate = localDateOf(new Date(closedAt.getTime() + 30 * 86_400_000), "Asia/Shanghai");
    expect(actions[0]!.dueAt.toISOString()).toBe(
      new Date(startOfLocalDate(dueDate).getTime() + 86_400_000 - 1).toISOString(),
    );
    const audit = await database.db.auditLog.findFirst({ where: { action: "PERIOD_CLOSED", entityId: "2025-01" } });
    expect(audit).toMatchObject({ actorId: hq.id, after: { status: "CLOSED", fail: 2, policyVersion: 1 } });
  });

  it("says so when the period is already closed, and changes nothing", async () => {
    const before = await database.db.evaluation.count();
    const outcome = await callerFor(database.db, hq).periods.close({ periodKey: "2025-01" });
    expect(outcome).toMatchObject({ status: "ALREADY_CLOSED" });
    expect(renderMessage(outcome.message)).toBe("2025-01 is already closed; nothing changed.");
    expect(await database.db.evaluation.count()).toBe(before);
    expect(await database.db.correctiveAction.count()).toBe(2);
  });

  it("closes strictly in order: 2025-02 must be closed before 2025-03", async () => {
    await expect(callerFor(database.db, hq).periods.close({ periodKey: "2025-03" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "2025-02 must be closed before 2025-03: periods close in order.",
    });
  });

  it("previews the next close without writing anything", async () => {
    const preview = await callerFor(database.db, hq).periods.previewClose({ periodKey: "2025-02" });
    expect(preview.summary).toMatchObject({ fail: 2, revocationProposals: 1, escalations: 1 });
    expect(preview.raisedCases).toEqual(
      expect.arrayContaining([
        { centerId: failing.id, kind: "RAISE_PROPOSAL" },
        { centerId: direct.id, kind: "RAISE_ESCALATION" },
      ]),
    );
    expect(await database.db.evaluation.count({ where: { periodKey: "2025-02" } })).toBe(0);
  });

  it("raises a revocation proposal (authorized) and an escalation (direct) at the second failure in a row", async () => {
    const outcome = await callerFor(database.db, hq).periods.close({ periodKey: "2025-02" });
    expect(outcome).toMatchObject({ status: "CLOSED", summary: { revocationProposals: 1, escalations: 1 } });
    const proposal = await database.db.revocationProposal.findFirstOrThrow({
      where: { centerId: failing.id },
      select: {
        status: true,
        raisedPeriodKey: true,
        evidence: { select: { evaluation: { select: { periodKey: true } } } },
      },
    });
    expect(proposal.status).toBe("PROPOSED");
    expect(proposal.evidence.map((e) => e.evaluation.periodKey).sort()).toEqual(["2025-01", "2025-02"]);
    const escalation = await database.db.escalation.findFirstOrThrow({ where: { centerId: direct.id } });
    expect(escalation).toMatchObject({ status: "OPEN", raisedPeriodKey: "2025-02" });
    expect(await database.db.revocationProposal.count({ where: { centerId: direct.id } })).toBe(0);
    expect(await streakOf(failing.id)).toBe(2);
  });

  it("adds a further failure to the pending proposal's evidence instead of raising another", async () => {
    await callerFor(database.db, hq).periods.close({ periodKey: "2025-03" });
    const proposals = await database.db.revocationProposal.findMany({
      where: { centerId: failing.id },
      select: { evidence: { select: { evaluation: { select: { periodKey: true } } } } },
    });
    expect(proposals).toHaveLength(1);
    expect(proposals[0]!.evidence.map((e) => e.evaluation.periodKey).sort()).toEqual(["2025-01", "2025-02", "2025-03"]);
  });
});

describe(`period reopen and re-close (${database.kind})`, () => {
  it("reopens only the latest closed period, with a reason", async () => {
    const caller = callerFor(database.db, hq);
    await expect(caller.periods.reopen({ periodKey: "2025-02", reason: "Late callbacks arrived" })).rejects.toThrow(
      "Only the latest closed period (2025-03) can be reopened, not 2025-02.",
    );
    await expect(caller.periods.reopen({ periodKey: "2025-03", reason: "" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      callerFor(database.db, manager).periods.reopen({ periodKey: "2025-03", reason: "Late callbacks arrived" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("withdraws what the close decided on its own and restores the streaks", async () => {
    const outcome = await callerFor(database.db, hq).periods.reopen({
      periodKey: "2025-03",
      reason: "Late callbacks arrived",
    });
    expect(outcome).toMatchObject({ periodKey: "2025-03", cancelledCorrectiveActions: 2 });
    expect(await streakOf(failing.id)).toBe(2);
    const proposal = await database.db.revocationProposal.findFirstOrThrow({
      where: { centerId: failing.id },
      select: { evidence: { select: { evaluation: { select: { periodKey: true } } } } },
    });
    expect(proposal.evidence.map((e) => e.evaluation.periodKey).sort()).toEqual(["2025-01", "2025-02"]);
    const { reopened } = await callerFor(database.db, hq).periods.list();
    expect(reopened).toEqual(["2025-03"]);
    await expect(callerFor(database.db, hq).periods.close({ periodKey: "2025-04" })).rejects.toThrow(
      "2025-03 must be closed before 2025-04: periods close in order.",
    );
  });

  it("re-close recomputes: a center that now passes gets no corrective action and its streak resets", async () => {
    await visit(failing.id, "2025-03", 100);
    await visit(failing.id, "2025-03", 100); // mean of 60, 100, 100 = 86.67
    const [failingBefore, goodBefore] = await Promise.all([
      evaluationOf(failing.id, "2025-03"),
      evaluationOf(good.id, "2025-03"),
    ]);
    const outcome = await callerFor(database.db, hq).periods.close({ periodKey: "2025-03" });
    expect(outcome).toMatchObject({ status: "CLOSED", reclose: true });
    const failingAfter = await evaluationOf(failing.id, "2025-03");
    expect(failingAfter).toMatchObject({
      id: failingBefore!.id,
      result: "PASS",
      visitCount: 3,
      streakBefore: 2,
      streakAfter: 0,
    });
    expect(failingAfter!.createdAt.getTime()).toBeGreaterThan(failingBefore!.createdAt.getTime());
    // An evaluation that came out the same is not rewritten: it keeps its row and its time.
    expect(await evaluationOf(good.id, "2025-03")).toEqual(goodBefore);
    expect(await streakOf(failing.id)).toBe(0);
    const actions = await database.db.correctiveAction.findMany({
      where: { evaluation: { periodKey: "2025-03" } },
      select: { centerId: true, status: true },
    });
    expect(actions).toEqual(
      expect.arrayContaining([
        { centerId: failing.id, status: "CANCELLED" },
        { centerId: direct.id, status: "OPEN" },
      ]),
    );
    expect(
      await database.db.auditLog.count({ where: { action: { in: ["PERIOD_REOPENED", "PERIOD_RECLOSED"] } } }),
    ).toBe(2);
  });

  it("runs two closes at the same moment one after the other: exactly one effect", async () => {
    const [a, b] = await Promise.all([
      callerFor(database.db, hq).periods.close({ periodKey: "2025-04" }),
      callerFor(database.db, hq).periods.close({ periodKey: "2025-04" }),
    ]);
    expect([a.status, b.status].sort()).toEqual(["ALREADY_CLOSED", "CLOSED"]);
    expect(await database.db.evaluation.count({ where: { periodKey: "2025-04" } })).toBe(4);
    expect(await database.db.auditLog.count({ where: { action: "PERIOD_CLOSED", entityId: "2025-04" } })).toBe(1);
  });
});
