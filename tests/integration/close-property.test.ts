// The close, proven against the pure rules (DOMAIN.md, Periods and Consequences): after any legal
// sequence of recording, voiding, closing, reopening and deciding, through the procedures on a real
// database, and once every period is closed again, each stored evaluation, streak, corrective action,
// proposal and escalation is what closing the periods once, in order, with the records as they now
// stand gives (shared/domain/close-replay.ts over shared/domain/scoring.ts).
//
// PROPERTY_RUNS sets the number of generated sequences (CI: 200 per database; `npm run test:deep`
// runs thousands). A failure prints the shrunk sequence and fast-check's seed to replay it.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { type DecidedCase, replayCloses } from "../../shared/domain/close-replay.ts";
import { type PeriodStanding, closeRefusal, latestClosed, nextInOrder } from "../../shared/domain/period-order.ts";
import { DEFAULT_SCORING_POLICY, type ScoringPolicy } from "../../shared/domain/policy.ts";
import { csatHundredths, evaluate, meanHundredths } from "../../shared/domain/scoring.ts";
import { localDateOf, periodKeyOf } from "../../shared/domain/periods.ts";
import type { SessionUser } from "../../server/context.ts";
import { DomainError } from "../../server/errors.ts";
import { makeCenter, makeRegion, makeUser } from "../factories/network.ts";
import { instantIn, makeChecklist, makePolicyVersion } from "../factories/records.ts";
import { callerFor } from "../helpers/callers.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const MONTHS = ["2025-06", "2025-07", "2025-08", "2025-09", "2025-10"] as const;
const database = useTestDatabase({ firstPeriod: MONTHS[0] });
const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
// Callbacks count from one reached call, so every source moves the composite.
const POLICY: ScoringPolicy = { ...DEFAULT_SCORING_POLICY, minimums: { visits: 1, callbacks: 1, spotChecks: 1 } };
const KINDS = ["AUTHORIZED", "AUTHORIZED", "DIRECT"] as const;
const GOOD_VISIT = 10000; // every item passed
const BAD_VISIT = 5000; // greeting and quote failed: 5 of 10

type Step =
  | { t: "callback"; center: number; month: number; good: boolean }
  | { t: "visit"; center: number; month: number; good: boolean }
  | { t: "void"; pick: number }
  | { t: "close" }
  | { t: "reopen" }
  | { t: "decide"; pick: number; issue: boolean };

const center = fc.nat(KINDS.length - 1);
const month = fc.nat(MONTHS.length - 1);
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ t: fc.constant("callback" as const), center, month, good: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant("visit" as const), center, month, good: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("void" as const), pick: fc.nat() }) },
  { weight: 5, arbitrary: fc.constant({ t: "close" as const }) },
  { weight: 3, arbitrary: fc.constant({ t: "reopen" as const }) },
  {
    weight: 4,
    arbitrary: fc.record({
      t: fc.constant("decide" as const),
      pick: fc.nat(),
      issue: fc.boolean(),
    }),
  },
);

/** Each center's first visit of each month, before anything is closed: most months start failing. */
const initialVisits = fc.array(fc.constantFrom("none" as const, "good" as const, "bad" as const, "bad" as const), {
  minLength: KINDS.length * MONTHS.length,
  maxLength: KINDS.length * MONTHS.length,
});

let hq: SessionUser;
let secondHq: SessionUser;
let manager: SessionUser;
let auditor: SessionUser;
let centers: { id: number; kind: (typeof KINDS)[number] }[] = [];
let workOrder = 0;

beforeAll(async () => {
  const db = database.db;
  await makePolicyVersion(db, POLICY);
  await makeChecklist(db, "VISIT");
  const region = await makeRegion(db);
  hq = await makeUser(db, "HQ_ADMIN", []);
  secondHq = await makeUser(db, "HQ_ADMIN", []);
  manager = await makeUser(db, "REGIONAL_MANAGER", [region.id]);
  auditor = await makeUser(db, "AUDITOR", [region.id]);
  centers = [];
  for (const kind of KINDS) centers.push({ ...(await makeCenter(db, region.id, { kind })), kind });
});

/** Every run starts from the same network with no records and no history. */
async function resetHistory(): Promise<void> {
  // As the owner: the application's role may not TRUNCATE.
  await database.ownerDb.$executeRaw`TRUNCATE revocation_evidence, escalation_evidence, corrective_action,
    revocation_proposal, escalation, evaluation, period, report_answer, report, callback`;
  await database.db.center.updateMany({ data: { failureStreak: 0 } });
}

/** What the test knows, kept beside the database: the period standing, records and decisions. */
interface Model {
  closed: Set<string>;
  reopened: Set<string>;
  visits: { reportId: number; center: number; month: number; score: number; voided: boolean }[];
  callbacks: { center: number; month: number; rating: number }[];
  decided: Map<number, DecidedCase & { center: number; proposalId: number }>;
}

const standingOf = (model: Model): PeriodStanding => ({
  firstPeriod: MONTHS[0],
  currentPeriod: periodKeyOf(new Date()),
  closed: [...model.closed],
  reopened: [...model.reopened],
});
const revoked = (model: Model, c: number) =>
  [...model.decided.values()].some((d) => d.center === c && d.decision === "ISSUED");

/** Runs a step that the model says may be refused; checks that it is refused exactly then. */
async function attempt(refusedByModel: boolean, call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call();
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    if (!(cause instanceof DomainError) || !refusedByModel) throw error;
    return false;
  }
  expect(refusedByModel, "the service accepted what the rules refuse").toBe(false);
  return true;
}

async function runStep(model: Model, step: Step): Promise<void> {
  const db = database.db;
  const hqCaller = callerFor(db, hq);
  if (step.t === "callback" || step.t === "visit") {
    const periodKey = MONTHS[step.month]!;
    const refused = model.closed.has(periodKey) || revoked(model, step.center);
    const centerId = centers[step.center]!.id;
    if (step.t === "callback") {
      const rating = step.good ? 5 : 2;
      const input = {
        centerId,
        workOrderNo: `WO-P-${++workOrder}`,
        calledAt: instantIn(periodKey).toISOString(),
        outcome: "REACHED" as const,
        rating,
      };
      if (await attempt(refused, () => callerFor(db, manager).callbacks.record(input)))
        model.callbacks.push({ center: step.center, month: step.month, rating });
      return;
    }
    const answers = [
      { itemCode: "GREETING", answer: step.good ? ("PASS" as const) : ("FAIL" as const) },
      { itemCode: "QUOTE_CONFIRMED", answer: step.good ? ("PASS" as const) : ("FAIL" as const) },
      { itemCode: "GENUINE_PARTS", answer: "PASS" as const },
    ];
    const auditorCaller = callerFor(db, auditor);
    let reportId = 0;
    const stored = await attempt(refused, async () => {
      const draft = await auditorCaller.reports.saveDraft({
        kind: "VISIT",
        centerId,
        eventAt: instantIn(periodKey).toISOString(),
        scenario: "SCREEN_REPAIR",
        answers,
      });
      await auditorCaller.reports.submit({ reportId: draft.reportId, revision: draft.revision });
      reportId = draft.reportId;
    });
    if (stored) {
      const score = step.good ? GOOD_VISIT : BAD_VISIT;
      model.visits.push({ reportId, center: step.center, month: step.month, score, voided: false });
    }
    return;
  }
  if (step.t === "void") {
    const live = model.visits.filter((v) => !v.voided);
    const visit = live[step.pick % Math.max(1, live.length)];
    if (!visit) return;
    const refused = model.closed.has(MONTHS[visit.month]!);
    const call = () => callerFor(db, manager).reports.void({ reportId: visit.reportId, reason: "Filmed elsewhere" });
    if (await attempt(refused, call)) visit.voided = true;
    return;
  }
  if (step.t === "close") {
    const standing = standingOf(model);
    const next = nextInOrder(standing);
    if (!MONTHS.includes(next as (typeof MONTHS)[number]) || closeRefusal(standing, next)) return;
    await hqCaller.periods.close({ periodKey: next });
    model.closed.add(next);
    model.reopened.delete(next);
    return;
  }
  if (step.t === "reopen") {
    const latest = latestClosed(standingOf(model));
    if (!latest) return;
    await hqCaller.periods.reopen({ periodKey: latest, reason: "Records corrected" });
    model.closed.delete(latest);
    model.reopened.add(latest);
    return;
  }
  // A decision on one of the cases that await one (picked by `pick`): issue or dismiss a proposal,
  // reverse an issued revocation, resolve an escalation.
  const decidedAfter = latestClosed(standingOf(model));
  const [proposals, escalations] = await Promise.all([
    db.revocationProposal.findMany({ where: { status: { in: ["PROPOSED", "ISSUED"] } }, orderBy: { id: "asc" } }),
    db.escalation.findMany({ where: { status: "OPEN" }, orderBy: { id: "asc" } }),
  ]);
  const waiting = [
    ...proposals.map((p) => ({ ...p, kind: "proposal" as const })),
    ...escalations.map((e) => ({ ...e, kind: "escalation" as const })),
  ];
  const chosen = waiting[step.pick % Math.max(1, waiting.length)];
  if (!chosen || decidedAfter === null) return;
  const index = centers.findIndex((c) => c.id === chosen.centerId);
  const reason = "Decided by headquarters";
  if (chosen.kind === "escalation") {
    await hqCaller.revocations.resolveEscalation({ escalationId: chosen.id, resolution: reason });
    model.decided.set(-chosen.id, {
      center: index,
      proposalId: -chosen.id,
      raisedPeriodKey: chosen.raisedPeriodKey!,
      decision: "RESOLVED",
      decidedAfter,
      reversedAfter: null,
    });
  } else if (chosen.status === "ISSUED") {
    await hqCaller.revocations.reverse({ proposalId: chosen.id, reason });
    const entry = model.decided.get(chosen.id)!;
    model.decided.set(chosen.id, { ...entry, decision: "REVERSED", reversedAfter: decidedAfter });
  } else {
    if (step.issue) {
      // Issuing takes two headquarters admins: one requests, the other approves.
      await hqCaller.revocations.requestIssue({
        proposalId: chosen.id,
        reason,
        effectiveDate: localDateOf(new Date()),
      });
      await callerFor(db, secondHq).revocations.decideRequest({ proposalId: chosen.id, decision: "APPROVE" });
    } else {
      await hqCaller.revocations.dismiss({ proposalId: chosen.id, reason });
    }
    model.decided.set(chosen.id, {
      center: index,
      proposalId: chosen.id,
      raisedPeriodKey: chosen.raisedPeriodKey!,
      decision: step.issue ? "ISSUED" : "DISMISSED",
      decidedAfter,
      reversedAfter: null,
    });
  }
}

/** Closes whatever of the months is still open, oldest first. */
async function closeTheRest(model: Model): Promise<void> {
  for (;;) {
    const next = nextInOrder(standingOf(model));
    if (!MONTHS.includes(next as (typeof MONTHS)[number])) return;
    await runStep(model, { t: "close" });
  }
}

/** The result of one center and month from the records as they stand, by the shared scoring rules. */
function expectedResult(model: Model, c: number, m: number) {
  const visits = model.visits.filter((v) => v.center === c && v.month === m && !v.voided).map((v) => v.score);
  const ratings = model.callbacks.filter((k) => k.center === c && k.month === m).map((k) => k.rating);
  const none = { hundredths: null, count: 0 };
  return evaluate(
    {
      visits: { hundredths: meanHundredths(visits), count: visits.length },
      callbacks: { hundredths: csatHundredths(ratings), count: ratings.length },
      spotChecks: none,
    },
    POLICY,
  ).result;
}

async function expectEqualToReplay(model: Model): Promise<void> {
  const db = database.db;
  for (const [index, c] of centers.entries()) {
    const decided = [...model.decided.values()].filter((d) => d.center === index);
    const replay = replayCloses({
      kind: c.kind,
      results: MONTHS.map((periodKey, m) => ({ periodKey, result: expectedResult(model, index, m) })),
      decided,
      failuresToRevoke: POLICY.failuresToRevoke,
    });
    const evaluations = await db.evaluation.findMany({
      where: { centerId: c.id },
      orderBy: { periodKey: "asc" },
      select: {
        periodKey: true,
        result: true,
        streakBefore: true,
        streakAfter: true,
        correctiveAction: { select: { status: true } },
      },
    });
    const label = `center ${index} (${c.kind})`;
    expect(
      evaluations.map((e) => [e.periodKey, e.result, e.streakBefore, e.streakAfter]),
      `${label}: evaluations and streaks`,
    ).toEqual(replay.periods.map((p) => [p.periodKey, p.result, p.streakBefore, p.streakAfter]));
    expect(
      evaluations
        .filter((e) => e.correctiveAction && e.correctiveAction.status !== "CANCELLED")
        .map((e) => e.periodKey),
      `${label}: live corrective actions`,
    ).toEqual(replay.periods.filter((p) => p.opensCorrectiveAction).map((p) => p.periodKey));
    const stored = await db.center.findUniqueOrThrow({ where: { id: c.id }, select: { failureStreak: true } });
    expect(stored.failureStreak, `${label}: streak`).toBe(replay.streak);

    const cases =
      c.kind === "AUTHORIZED"
        ? (
            await db.revocationProposal.findMany({
              where: { centerId: c.id, status: { not: "WITHDRAWN" } },
              select: { id: true, status: true, raisedPeriodKey: true, evidence: { select: { evaluation: true } } },
            })
          ).map((p) => ({ ...p, pending: p.status === "PROPOSED" }))
        : (
            await db.escalation.findMany({
              where: { centerId: c.id, status: { not: "WITHDRAWN" } },
              select: { id: true, status: true, raisedPeriodKey: true, evidence: { select: { evaluation: true } } },
            })
          ).map((e) => ({ ...e, id: -e.id, pending: e.status === "OPEN" }));
    const pending = cases
      .filter((k) => k.pending)
      .map((k) => ({
        raisedPeriodKey: k.raisedPeriodKey,
        evidence: k.evidence.map((e) => e.evaluation.periodKey).sort(),
      }));
    expect(pending, `${label}: the undecided case and its evidence`).toEqual(
      replay.pendingCase ? [replay.pendingCase] : [],
    );
    expect(
      cases
        .filter((k) => !k.pending)
        .map((k) => [k.id, k.status])
        .sort(),
      `${label}: decided cases stay as decided`,
    ).toEqual(decided.map((d) => [d.proposalId, d.decision]).sort());
  }
}

describe(`period close against the pure rules (${database.kind})`, () => {
  it(`holds for ${RUNS} generated sequences of record, void, close, reopen and decide`, async () => {
    await fc.assert(
      fc.asyncProperty(
        initialVisits,
        fc.array(stepArbitrary, { minLength: 5, maxLength: 40 }),
        async (initial, steps) => {
          await resetHistory();
          const model: Model = {
            closed: new Set(),
            reopened: new Set(),
            visits: [],
            callbacks: [],
            decided: new Map(),
          };
          for (const [i, quality] of initial.entries()) {
            const step = { t: "visit", center: i % KINDS.length, month: Math.floor(i / KINDS.length) } as const;
            if (quality !== "none") await runStep(model, { ...step, good: quality === "good" });
          }
          for (const step of steps) await runStep(model, step);
          await closeTheRest(model);
          await expectEqualToReplay(model);
        },
      ),
      { numRuns: RUNS },
    );
  }, 1_800_000);
});
