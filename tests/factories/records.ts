// Builders for what auditors and the call center record, and for the scoring policy.
import { DEFAULT_SCORING_POLICY, type ScoringPolicy } from "../../shared/domain/policy.ts";
import { periodBounds } from "../../shared/domain/periods.ts";
import type { Db } from "../../server/db/create-database.ts";
import { policyColumns } from "../../server/services/policy/policy-record.ts";

let sequence = 0;
const next = () => ++sequence;

/** A scoring policy version (the default unless overridden); versions count up from the newest. */
export async function makePolicyVersion(db: Db, overrides: Partial<ScoringPolicy> = {}) {
  const newest = await db.scoringPolicyVersion.findFirst({ orderBy: { version: "desc" }, select: { version: true } });
  return db.scoringPolicyVersion.create({
    data: { ...policyColumns({ ...DEFAULT_SCORING_POLICY, ...overrides }), version: (newest?.version ?? 0) + 1 },
    select: { id: true, version: true },
  });
}

/** A checklist template of `kind` with one version of a few items (one critical). */
export async function makeChecklist(db: Db, kind: "VISIT" | "SPOT_CHECK") {
  const existing = await db.checklistTemplate.findUnique({
    where: { kind },
    select: { versions: { select: { id: true }, orderBy: { version: "desc" }, take: 1 } },
  });
  if (existing?.versions[0]) return { versionId: existing.versions[0].id };
  const template = await db.checklistTemplate.create({
    data: {
      kind,
      nameZh: kind === "VISIT" ? "走访" : "抽检",
      nameEn: kind === "VISIT" ? "Visit" : "Spot-check",
      versions: {
        create: {
          version: 1,
          items: {
            create: [
              { code: "GREETING", position: 0, labelZh: "接待", labelEn: "Greeting", weight: 2 },
              { code: "QUOTE_CONFIRMED", position: 1, labelZh: "报价确认", labelEn: "Quote confirmed", weight: 3 },
              {
                code: "GENUINE_PARTS",
                position: 2,
                labelZh: "原厂配件",
                labelEn: "Genuine parts",
                weight: 5,
                critical: true,
              },
            ],
          },
        },
      },
    },
    select: { versions: { select: { id: true } } },
  });
  return { versionId: template.versions[0]!.id };
}

/** A middle-of-the-period instant, so the record falls in `periodKey` in Shanghai. */
export function instantIn(periodKey: string): Date {
  const { start } = periodBounds(periodKey);
  return new Date(start.getTime() + 10 * 86_400_000);
}

/** A submitted (or `status`) report with a given raw score, without answers: enough for scoring. */
export async function makeReport(
  db: Db,
  input: {
    centerId: number;
    authorId: string;
    periodKey: string;
    kind?: "VISIT" | "SPOT_CHECK";
    rawScore: number;
    criticalFailed?: boolean;
    status?: "DRAFT" | "SUBMITTED" | "VOIDED";
  },
) {
  const kind = input.kind ?? "VISIT";
  const { versionId } = await makeChecklist(db, kind);
  const eventAt = instantIn(input.periodKey);
  return db.report.create({
    data: {
      kind,
      centerId: input.centerId,
      authorId: input.authorId,
      templateVersionId: versionId,
      status: input.status ?? "SUBMITTED",
      eventAt,
      periodKey: input.periodKey,
      rawScore: input.rawScore.toFixed(2),
      criticalFailed: input.criticalFailed ?? false,
      submittedAt: eventAt,
    },
    select: { id: true },
  });
}

/** Callbacks for one center and period: one per rating (reached), plus `unreached` unreachable ones. */
export async function makeCallbacks(
  db: Db,
  input: { centerId: number; recordedById: string; periodKey: string; ratings: readonly number[]; unreached?: number },
) {
  const calledAt = instantIn(input.periodKey);
  const reached = input.ratings.map((rating) => ({ outcome: "REACHED" as const, rating }));
  const missed = Array.from({ length: input.unreached ?? 0 }, () => ({
    outcome: "UNREACHABLE" as const,
    rating: null,
  }));
  await db.callback.createMany({
    data: [...reached, ...missed].map((call) => ({
      ...call,
      workOrderNo: `WO-T-${next()}-${Math.random().toString(36).slice(2, 8)}`,
      centerId: input.centerId,
      calledAt,
      periodKey: input.periodKey,
      recordedById: input.recordedById,
    })),
  });
}
