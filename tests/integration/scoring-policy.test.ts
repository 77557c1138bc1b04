// Scoring policy versions and the simulation (DOMAIN.md, Scoring policy).
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SCORING_POLICY } from "../../shared/domain/policy.ts";
import { type TPolicyInput, toPolicyInput } from "../../shared/schemas/policy.ts";
import type { SessionUser } from "../../server/context.ts";
import { makeCenter, makeRegion, makeUser } from "../factories/network.ts";
import { makePolicyVersion, makeReport } from "../factories/records.ts";
import { callerFor } from "../helpers/callers.ts";
import { fieldErrorsOfCall, schemaIssuesOfCall } from "../helpers/field-errors.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase({ firstPeriod: "2024-06" });
let hq: SessionUser;
let manager: SessionUser;
let borderline: { id: number; code: string };

const defaults: TPolicyInput = toPolicyInput(DEFAULT_SCORING_POLICY);

beforeAll(async () => {
  const db = database.db;
  await makePolicyVersion(db);
  const region = await makeRegion(db);
  borderline = await makeCenter(db, region.id);
  const strong = await makeCenter(db, region.id);
  hq = await makeUser(db, "HQ_ADMIN", []);
  manager = await makeUser(db, "REGIONAL_MANAGER", [region.id]);
  for (const periodKey of ["2024-06", "2024-07"]) {
    await makeReport(db, { centerId: borderline.id, authorId: manager.id, periodKey, rawScore: 82 });
    await makeReport(db, { centerId: strong.id, authorId: manager.id, periodKey, rawScore: 97 });
    await callerFor(db, hq).periods.close({ periodKey });
  }
});

describe(`scoring policy (${database.kind})`, () => {
  it("is managed by headquarters only", async () => {
    await expect(callerFor(database.db, manager).policy.versions()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(callerFor(database.db, manager).policy.simulate({ policy: defaults })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(callerFor(database.db, manager).policy.createVersion({ policy: defaults })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses a bad policy with one message per field", async () => {
    const bad = {
      ...defaults,
      threshold: 100.5,
      weights: { visits: 0, callbacks: 0, spotChecks: 0 },
      minimums: { visits: 0, callbacks: 10, spotChecks: 1 },
      timeZone: "Mars/Olympus",
    };
    const errors = await fieldErrorsOfCall(callerFor(database.db, hq).policy.createVersion({ policy: bad }));
    expect(Object.keys(errors)).toEqual(["policy"]);
    const issues = await schemaIssuesOfCall(callerFor(database.db, hq).policy.createVersion({ policy: bad }));
    expect(issues).toEqual(
      expect.arrayContaining([
        "policy.threshold: The threshold must be between 0 and 100.",
        "policy.minimums.visits: A minimum must be at least 1.",
        "policy.timeZone: Choose a valid IANA time zone, e.g. Asia/Shanghai.",
      ]),
    );
    expect(await database.db.scoringPolicyVersion.count()).toBe(1);
  });

  it("simulates a threshold of 85 over the closed periods without writing anything", async () => {
    const auditBefore = await database.db.auditLog.count();
    const simulation = await callerFor(database.db, hq).policy.simulate({ policy: { ...defaults, threshold: 85 } });
    expect(simulation.periods.map((p) => p.periodKey)).toEqual(["2024-06", "2024-07"]);
    expect(simulation.periods[0]!.flips).toEqual([
      expect.objectContaining({
        centerId: borderline.id,
        from: "PASS",
        to: "FAIL",
        compositeBefore: 8200,
        compositeAfter: 8200,
      }),
    ]);
    expect(simulation.periods[1]!.casesAdded).toEqual([expect.objectContaining({ centerId: borderline.id })]);
    expect(simulation.totals).toEqual({ flipsToFail: 2, flipsToPass: 0, casesAdded: 1, casesRemoved: 0 });
    expect(await database.db.auditLog.count()).toBe(auditBefore);
    expect(await database.db.evaluation.count({ where: { result: "FAIL" } })).toBe(0);
  });

  it("saves a new version that applies to periods closed after it; closed periods keep theirs", async () => {
    const created = await callerFor(database.db, hq).policy.createVersion({
      policy: { ...defaults, threshold: 85 },
      note: "Raise the bar for 2025",
    });
    expect(created).toMatchObject({ version: 2, policy: { thresholdHundredths: 8500 } });
    const versions = await callerFor(database.db, hq).policy.versions();
    expect(versions.map((v) => [v.version, v.closedPeriods])).toEqual([
      [2, []],
      [1, ["2024-06", "2024-07"]],
    ]);
    const june = await callerFor(database.db, hq).scorecards.get({ periodKey: "2024-06" });
    expect(june).toMatchObject({ policyVersion: 1, thresholdHundredths: 8000, provisional: false });
    expect(june.rows.find((r) => r.centerId === borderline.id)?.result).toBe("PASS");
    const audit = await database.db.auditLog.findFirst({ where: { action: "POLICY_VERSION_CREATED" } });
    expect(audit).toMatchObject({ actorId: hq.id, entityId: "2", after: { version: 2, threshold: "85.00" } });
  });
});
