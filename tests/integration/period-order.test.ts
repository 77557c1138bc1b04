// Several reopened periods and the network's first period (DOMAIN.md, Periods): the reproductions
// of issue 13, through the procedures, on each database.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../server/context.ts";
import { makeCenter, makeRegion, makeUser } from "../factories/network.ts";
import { makePolicyVersion, makeReport } from "../factories/records.ts";
import { callerFor } from "../helpers/callers.ts";
import { fieldErrorsOfCall } from "../helpers/field-errors.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase({ firstPeriod: "2025-06" });
const MONTHS = ["2025-06", "2025-07", "2025-08", "2025-09", "2025-10"];
let hq: SessionUser;
let manager: SessionUser;
let auditor: SessionUser;
let center: { id: number };
let ninthVisit: { id: number };

const hqCaller = () => callerFor(database.db, hq);
const reason = "Late reports arrived";

async function streaksAndResults() {
  const rows = await database.db.evaluation.findMany({
    where: { centerId: center.id },
    orderBy: { periodKey: "asc" },
    select: { periodKey: true, result: true, streakAfter: true },
  });
  return rows.map((r) => [r.periodKey, r.result, r.streakAfter]);
}

async function proposals() {
  const rows = await database.db.revocationProposal.findMany({
    where: { centerId: center.id },
    orderBy: { id: "asc" },
    select: {
      status: true,
      raisedPeriodKey: true,
      evidence: { select: { evaluation: { select: { periodKey: true } } } },
    },
  });
  return rows.map((p) => ({
    status: p.status,
    raisedPeriodKey: p.raisedPeriodKey,
    evidence: p.evidence.map((e) => e.evaluation.periodKey).sort(),
  }));
}

beforeAll(async () => {
  const db = database.db;
  await makePolicyVersion(db);
  const region = await makeRegion(db);
  center = await makeCenter(db, region.id);
  hq = await makeUser(db, "HQ_ADMIN", []);
  manager = await makeUser(db, "REGIONAL_MANAGER", [region.id]);
  auditor = await makeUser(db, "AUDITOR", [region.id]);
  // FAIL, PASS, FAIL, FAIL, FAIL at first; 2025-09's only visit is voided later (no data).
  const scores = [50, 95, 60, null, 40];
  for (const [i, score] of scores.entries()) {
    if (score !== null)
      await makeReport(db, { centerId: center.id, authorId: auditor.id, periodKey: MONTHS[i]!, rawScore: score });
  }
  ninthVisit = await makeReport(db, { centerId: center.id, authorId: auditor.id, periodKey: "2025-09", rawScore: 30 });
  for (const periodKey of MONTHS) await hqCaller().periods.close({ periodKey });
});

describe(`several reopened periods (${database.kind})`, () => {
  it("closed once: the proposal is raised at 2025-08 and 2025-10 joins it", async () => {
    expect(await streaksAndResults()).toEqual([
      ["2025-06", "FAIL", 1],
      ["2025-07", "PASS", 0],
      ["2025-08", "FAIL", 1],
      ["2025-09", "FAIL", 2],
      ["2025-10", "FAIL", 3],
    ]);
    expect(await proposals()).toEqual([
      { status: "PROPOSED", raisedPeriodKey: "2025-09", evidence: ["2025-08", "2025-09", "2025-10"] },
    ]);
  });

  it("with 2025-10 and 2025-09 reopened, closing 2025-10 is refused: 2025-09 must be closed first", async () => {
    await hqCaller().periods.reopen({ periodKey: "2025-10", reason });
    await hqCaller().periods.reopen({ periodKey: "2025-09", reason });
    expect((await hqCaller().periods.list()).reopened).toEqual(["2025-09", "2025-10"]);
    expect((await hqCaller().periods.list()).nextToClose).toBe("2025-09");
    expect(await fieldErrorsOfCall(hqCaller().periods.close({ periodKey: "2025-10" }))).toEqual({
      periodKey: ["2025-09 must be closed before 2025-10: periods close in order."],
    });
    await expect(hqCaller().periods.previewClose({ periodKey: "2025-10" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("reopens further back, down to 2025-06, and re-closes only oldest first", async () => {
    for (const periodKey of ["2025-08", "2025-07", "2025-06"]) await hqCaller().periods.reopen({ periodKey, reason });
    expect((await hqCaller().periods.list()).reopened).toEqual(MONTHS);
    for (const periodKey of MONTHS.slice(1)) {
      await expect(hqCaller().periods.close({ periodKey })).rejects.toThrow(
        `2025-06 must be closed before ${periodKey}: periods close in order.`,
      );
    }
    // 2025-09 loses its only visit: no data there now.
    await callerFor(database.db, manager).reports.void({ reportId: ninthVisit.id, reason: "Wrong center filmed" });
    for (const periodKey of MONTHS) {
      await expect(hqCaller().periods.close({ periodKey })).resolves.toMatchObject({ status: "CLOSED", reclose: true });
    }
  });

  it("gives what closing once, in order, gives: streaks 1, 0, 1, 1, 2 and one proposal at 2025-10 naming 08 and 10", async () => {
    expect(await streaksAndResults()).toEqual([
      ["2025-06", "FAIL", 1],
      ["2025-07", "PASS", 0],
      ["2025-08", "FAIL", 1],
      ["2025-09", "INSUFFICIENT_DATA", 1],
      ["2025-10", "FAIL", 2],
    ]);
    expect(await proposals()).toEqual([
      { status: "WITHDRAWN", raisedPeriodKey: "2025-09", evidence: ["2025-08", "2025-09"] },
      { status: "PROPOSED", raisedPeriodKey: "2025-10", evidence: ["2025-08", "2025-10"] },
    ]);
    const stored = await database.db.center.findUniqueOrThrow({
      where: { id: center.id },
      select: { failureStreak: true },
    });
    expect(stored.failureStreak).toBe(2);
  });
});

describe(`the network's first period (${database.kind})`, () => {
  it("refuses records before it, naming it, and lists periods from it on", async () => {
    const caller = callerFor(database.db, auditor);
    for (const calledAt of ["2001-01-01T00:00:00+08:00", "2025-05-31T23:59:00+08:00"]) {
      const errors = await fieldErrorsOfCall(
        caller.callbacks.record({
          centerId: center.id,
          workOrderNo: `WO-EARLY-${calledAt.slice(0, 4)}`,
          calledAt,
          outcome: "UNREACHABLE",
        }),
      );
      expect(errors.calledAt?.[0]).toMatch(/^\d{4}-\d{2} comes before the network's first period, 2025-06/);
    }
    expect(await database.db.callback.count({ where: { workOrderNo: { startsWith: "WO-EARLY" } } })).toBe(0);
    const { periods, firstPeriodKey } = await hqCaller().periods.list();
    expect(firstPeriodKey).toBe("2025-06");
    expect(periods.at(-1)?.key).toBe("2025-06");
    await expect(hqCaller().periods.close({ periodKey: "2025-05" })).rejects.toThrow(
      "2025-05 comes before the network's first period, 2025-06: it does not exist.",
    );
  });

  it("can be moved earlier only before anything is closed, by headquarters", async () => {
    await expect(hqCaller().periods.setFirstPeriod({ periodKey: "2025-01" })).rejects.toThrow(
      "The first period is fixed once a period has been closed.",
    );
    await expect(
      callerFor(database.db, manager).periods.setFirstPeriod({ periodKey: "2025-01" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
