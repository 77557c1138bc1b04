// The set-based scoring query must compute exactly what the shared rules compute.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SCORING_POLICY, type ScoringPolicy } from "../../shared/domain/policy.ts";
import { cappedReportScore, csatHundredths, evaluate, meanHundredths } from "../../shared/domain/scoring.ts";
import { scoreCenters } from "../../server/services/scoring/score-centers.ts";
import { makeCenter, makeRegion, makeUser } from "../factories/network.ts";
import { makeCallbacks, makeReport } from "../factories/records.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase();
const PERIOD = "2025-03";

const reportArb = fc.record({
  kind: fc.constantFrom("VISIT" as const, "SPOT_CHECK" as const),
  rawScore: fc.integer({ min: 0, max: 10000 }),
  criticalFailed: fc.boolean(),
  status: fc.constantFrom("SUBMITTED" as const, "SUBMITTED" as const, "DRAFT" as const, "VOIDED" as const),
});
type GeneratedCenter = {
  reports: {
    kind: "VISIT" | "SPOT_CHECK";
    rawScore: number;
    criticalFailed: boolean;
    status: "SUBMITTED" | "DRAFT" | "VOIDED";
  }[];
  ratings: number[];
  unreached: number;
};
const centerArb: fc.Arbitrary<GeneratedCenter> = fc.record({
  reports: fc.array(reportArb, { maxLength: 4 }),
  ratings: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 14 }),
  unreached: fc.integer({ min: 0, max: 3 }),
});

function expectedScore(center: GeneratedCenter, policy: ScoringPolicy) {
  const scoresOf = (kind: "VISIT" | "SPOT_CHECK") =>
    center.reports
      .filter((r) => r.kind === kind && r.status === "SUBMITTED")
      .map((r) => cappedReportScore(r.rawScore, r.criticalFailed, policy.criticalFailCapHundredths));
  const visits = scoresOf("VISIT");
  const spots = scoresOf("SPOT_CHECK");
  const sources = {
    visits: { hundredths: meanHundredths(visits), count: visits.length },
    callbacks: { hundredths: csatHundredths(center.ratings), count: center.ratings.length },
    spotChecks: { hundredths: meanHundredths(spots), count: spots.length },
  };
  const { composite, result } = evaluate(sources, policy);
  return {
    visitScore: sources.visits.hundredths,
    visitCount: visits.length,
    callbackScore: sources.callbacks.hundredths,
    callbackCount: center.ratings.length,
    spotCheckScore: sources.spotChecks.hundredths,
    spotCheckCount: spots.length,
    composite,
    result,
  };
}

describe(`scoring query (${database.kind})`, () => {
  it("agrees with the shared rules on generated centers, under the default and a stricter policy", async () => {
    const db = database.db;
    const region = await makeRegion(db);
    const auditor = await makeUser(db, "AUDITOR", [region.id]);
    const generated = fc.sample(centerArb, { numRuns: 40, seed: 20261124 });
    const centers: { id: number; data: (typeof generated)[number] }[] = [];
    for (const data of generated) {
      const center = await makeCenter(db, region.id);
      for (const report of data.reports) {
        await makeReport(db, {
          centerId: center.id,
          authorId: auditor.id,
          periodKey: PERIOD,
          kind: report.kind,
          rawScore: report.rawScore / 100,
          criticalFailed: report.criticalFailed,
          status: report.status,
        });
      }
      await makeCallbacks(db, {
        centerId: center.id,
        recordedById: auditor.id,
        periodKey: PERIOD,
        ratings: data.ratings,
        unreached: data.unreached,
      });
      centers.push({ id: center.id, data });
    }
    const strict: ScoringPolicy = {
      ...DEFAULT_SCORING_POLICY,
      thresholdHundredths: 8500,
      criticalFailCapHundredths: 4000,
      minimums: { visits: 2, callbacks: 5, spotChecks: 1 },
      weights: { visits: 50, callbacks: 20, spotChecks: 30 },
    };
    for (const policy of [DEFAULT_SCORING_POLICY, strict]) {
      const rows = await scoreCenters(db, { periodKey: PERIOD, policy, selection: { regionIds: [region.id] } });
      expect(rows).toEqual(centers.map((c) => ({ centerId: c.id, ...expectedScore(c.data, policy) })));
    }
  });
});
