// Scorecards and the explain view, and the five-period scenario of the scores-out issue.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../server/context.ts";
import { makeCenter, makeRegion, makeUser } from "../factories/network.ts";
import { makeCallbacks, makePolicyVersion, makeReport } from "../factories/records.ts";
import { callerFor } from "../helpers/callers.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase({ firstPeriod: "2024-01" });
let hq: SessionUser;
let manager: SessionUser;
let auditor: SessionUser;
let walker: { id: number; code: string }; // the scenario's center
let neighbour: { id: number; code: string }; // same region
let stranger: { id: number; code: string }; // another region

const SCENARIO = [
  ["2024-01", 50, "FAIL"],
  ["2024-02", 90, "PASS"],
  ["2024-03", 60, "FAIL"],
  ["2024-04", null, "INSUFFICIENT_DATA"],
  ["2024-05", 70, "FAIL"],
] as const;

beforeAll(async () => {
  const db = database.db;
  await makePolicyVersion(db);
  const region = await makeRegion(db);
  const other = await makeRegion(db);
  walker = await makeCenter(db, region.id);
  neighbour = await makeCenter(db, region.id, { kind: "DIRECT" });
  stranger = await makeCenter(db, other.id);
  hq = await makeUser(db, "HQ_ADMIN", []);
  manager = await makeUser(db, "REGIONAL_MANAGER", [region.id]);
  auditor = await makeUser(db, "AUDITOR", [region.id]);
  for (const [periodKey, visitScore] of SCENARIO) {
    if (visitScore !== null)
      await makeReport(db, { centerId: walker.id, authorId: auditor.id, periodKey, rawScore: visitScore });
  }
});

describe(`scenario: one authorized center, FAIL → PASS → FAIL → INSUFFICIENT_DATA → FAIL (${database.kind})`, () => {
  it("raises the revocation proposal only at the end", async () => {
    const caller = callerFor(database.db, hq);
    for (const [index, [periodKey, , expected]] of SCENARIO.entries()) {
      await caller.periods.close({ periodKey });
      const evaluation = await database.db.evaluation.findUniqueOrThrow({
        where: { centerId_periodKey: { centerId: walker.id, periodKey } },
      });
      expect(evaluation.result).toBe(expected);
      const proposals = await database.db.revocationProposal.count({ where: { centerId: walker.id } });
      expect(proposals).toBe(index === SCENARIO.length - 1 ? 1 : 0);
    }
    const streaks = await database.db.evaluation.findMany({
      where: { centerId: walker.id },
      orderBy: { periodKey: "asc" },
      select: { streakAfter: true },
    });
    expect(streaks.map((s) => s.streakAfter)).toEqual([1, 0, 1, 1, 2]);
    const proposal = await database.db.revocationProposal.findFirstOrThrow({
      where: { centerId: walker.id },
      select: { raisedPeriodKey: true, evidence: { select: { evaluation: { select: { periodKey: true } } } } },
    });
    expect(proposal.raisedPeriodKey).toBe("2024-05");
    expect(proposal.evidence.map((e) => e.evaluation.periodKey).sort()).toEqual(["2024-03", "2024-05"]);
  });
});

describe(`scorecards (${database.kind})`, () => {
  it("shows a closed period's frozen evaluations, only for the manager's regions", async () => {
    const card = await callerFor(database.db, manager).scorecards.get({ periodKey: "2024-05" });
    expect(card).toMatchObject({
      periodKey: "2024-05",
      provisional: false,
      policyVersion: 1,
      thresholdHundredths: 8000,
    });
    expect(card.rows.map((r) => r.code).sort()).toEqual([walker.code, neighbour.code].sort());
    expect(card.rows.find((r) => r.centerId === walker.id)).toMatchObject({
      visitScore: 7000,
      visitCount: 1,
      composite: 7000,
      result: "FAIL",
      streak: 2,
      status: "PENDING_REVOCATION",
      openCorrectiveActions: 3,
    });
  });

  it("scores the open period live and provisionally", async () => {
    const caller = callerFor(database.db, manager);
    const { currentPeriodKey } = await caller.periods.list();
    await makeReport(database.db, {
      centerId: neighbour.id,
      authorId: auditor.id,
      periodKey: currentPeriodKey,
      rawScore: 88.5,
    });
    await makeCallbacks(database.db, {
      centerId: neighbour.id,
      recordedById: manager.id,
      periodKey: currentPeriodKey,
      ratings: [5, 5, 5, 5, 4, 4, 4, 3, 2, 1],
      unreached: 4,
    });
    const card = await caller.scorecards.get({});
    expect(card).toMatchObject({ periodKey: currentPeriodKey, provisional: true });
    expect(card.rows.find((r) => r.centerId === neighbour.id)).toMatchObject({
      visitScore: 8850,
      callbackScore: 7000,
      callbackCount: 10,
      spotCheckCount: 0,
      composite: 8057, // (40 × 88.50 + 30 × 70.00) / 70 = 80.571… → 80.57
      result: "PASS",
    });
  });

  it("is refused to auditors; a region filter never widens a manager's scope", async () => {
    await expect(callerFor(database.db, auditor).scorecards.get({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    const strangerRegion = await database.db.center.findUniqueOrThrow({
      where: { id: stranger.id },
      select: { regionId: true },
    });
    const card = await callerFor(database.db, manager).scorecards.get({ regionId: strangerRegion.regionId });
    expect(card.rows).toEqual([]);
  });

  it("explains an evaluation: records, weights, minimums and the policy version", async () => {
    const explanation = await callerFor(database.db, manager).scorecards.explain({
      centerId: walker.id,
      periodKey: "2024-05",
    });
    expect(explanation).toMatchObject({
      provisional: false,
      evaluated: true,
      policy: { version: 1, thresholdHundredths: 8000 },
      composite: 7000,
      result: "FAIL",
      streakBefore: 1,
      streakAfter: 2,
    });
    expect(explanation.sources).toEqual([
      {
        key: "visits",
        hundredths: 7000,
        count: 1,
        minimum: 1,
        weight: 40,
        counted: true,
        effectiveWeightHundredths: 10000,
      },
      {
        key: "callbacks",
        hundredths: null,
        count: 0,
        minimum: 10,
        weight: 30,
        counted: false,
        effectiveWeightHundredths: 0,
      },
      {
        key: "spotChecks",
        hundredths: null,
        count: 0,
        minimum: 1,
        weight: 30,
        counted: false,
        effectiveWeightHundredths: 0,
      },
    ]);
    expect(explanation.reports).toEqual([
      expect.objectContaining({ kind: "VISIT", status: "SUBMITTED", rawScore: 7000, countedScore: 7000 }),
    ]);
  });

  it("answers an out-of-region center as not found", async () => {
    await expect(
      callerFor(database.db, manager).scorecards.explain({ centerId: stranger.id, periodKey: "2024-05" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Center was not found." });
  });

  it("gives each row its previous composite and a trend of the closed periods before", async () => {
    const card = await callerFor(database.db, manager).scorecards.get({ periodKey: "2024-05" });
    const row = card.rows.find((r) => r.centerId === walker.id)!;
    expect(card.trendPeriods).toEqual(["2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04"]);
    expect(row.trend).toEqual([null, null, 5000, 9000, 6000, null]);
    expect(row.previousComposite).toBeNull(); // 2024-04 had no data
  });

  it("charts the pass rate of the manager's centers over the closed periods", async () => {
    const trend = await callerFor(database.db, manager).scorecards.passRateTrend({});
    expect(trend.map((p) => [p.periodKey, p.evaluated, p.passed, p.passRate])).toEqual([
      ["2024-01", 1, 0, 0],
      ["2024-02", 1, 1, 10000],
      ["2024-03", 1, 0, 0],
      ["2024-04", 0, 0, null],
      ["2024-05", 1, 0, 0],
    ]);
  });

  it("shows a center's history to its manager, and nothing of another region's", async () => {
    const history = await callerFor(database.db, manager).centers.history({ centerId: walker.id });
    expect(history.evaluations.map((e) => e.result)).toEqual(["FAIL", "PASS", "FAIL", "INSUFFICIENT_DATA", "FAIL"]);
    expect(history.proposals).toEqual([expect.objectContaining({ status: "PROPOSED", raisedPeriodKey: "2024-05" })]);
    await expect(callerFor(database.db, manager).centers.history({ centerId: stranger.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("explains a closed period under the policy it was closed with, an open one provisionally under the current", async () => {
    await makePolicyVersion(database.db, { thresholdHundredths: 7500 });
    await makeReport(database.db, { centerId: walker.id, authorId: auditor.id, periodKey: "2024-06", rawScore: 72 });
    const caller = callerFor(database.db, manager);
    const closed = await caller.scorecards.explain({ centerId: walker.id, periodKey: "2024-05" });
    expect(closed).toMatchObject({
      provisional: false,
      policy: { version: 1, thresholdHundredths: 8000 },
      result: "FAIL",
    });
    const open = await caller.scorecards.explain({ centerId: walker.id, periodKey: "2024-06" });
    expect(open).toMatchObject({
      provisional: true,
      evaluated: true,
      policy: { version: 2, thresholdHundredths: 7500 },
      composite: 7200,
      result: "FAIL",
      streakBefore: null,
    });
    expect(open.reports).toEqual([
      expect.objectContaining({ status: "SUBMITTED", rawScore: 7200, countedScore: 7200 }),
    ]);
  });
});
