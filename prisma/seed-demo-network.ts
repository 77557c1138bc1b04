// Loads the demo network into an empty database: regions, ~200 centers, users, checklists, the
// default scoring policy and twelve months of visits, spot-checks and callbacks of varied quality.
// Deterministic for a given seed and "now": the same inputs give the same rows.
import { rawChecklistScore, type ChecklistAnswer } from "../shared/domain/checklist-score.ts";
import { periodBounds, periodKeyOf, shiftPeriod } from "../shared/domain/periods.ts";
import type { Db } from "../server/db/create-database.ts";
import type { Prisma } from "../server/db/generated/client.ts";
import { recordAudit } from "../server/services/audit/record-audit.ts";
import { policyColumns } from "../server/services/policy/policy-record.ts";
import { createUser } from "../server/services/users/create-user.ts";
import { seedDemoComplaints } from "./seed-demo-complaints.ts";
import { closeDemoHistory } from "./seed-demo-history.ts";
import {
  type DemoChecklistItem,
  SPOT_CHECK_CHECKLIST,
  VISIT_CHECKLIST,
  VISIT_SCENARIOS,
} from "./seed-data/checklists.ts";
import { DEMO_PARTNERS, DEMO_REGIONS } from "./seed-data/geography.ts";
import {
  DEMO_HANDLER,
  DEMO_HQ,
  DEMO_HQ_SECOND,
  DEMO_PASSWORD,
  demoAuditorEmail,
  demoManagerEmail,
  demoPersonName,
} from "./seed-data/people.ts";
import { createRandom, type Random } from "./seed-data/random.ts";
import { setFirstPeriod } from "../server/services/periods/set-first-period.ts";

export const DEMO_SEED = 20261124;
const CENTERS_PER_REGION = 25;
const MONTHS = 12;

export interface SeedOptions {
  now?: Date;
  seed?: number;
}

/** Seeds the demo network unless the database already holds one. Returns whether it seeded. */
export async function seedDemoNetwork(
  db: Db,
  { now = new Date(), seed = DEMO_SEED }: SeedOptions = {},
): Promise<boolean> {
  if ((await db.region.count()) > 0) return false;
  const random = createRandom(seed);
  const system = { id: null, email: "system@seed" };

  const policy = await db.scoringPolicyVersion.create({
    data: { ...policyColumns(), version: 1, note: "默认评分规则" },
  });
  const visitItems = await createChecklist(db, "VISIT", "神秘顾客走访", "Mystery-shopper visit", VISIT_CHECKLIST);
  const spotItems = await createChecklist(db, "SPOT_CHECK", "视频抽检", "Video spot-check", SPOT_CHECK_CHECKLIST);

  const hq = await createUser(db, system, { ...DEMO_HQ, role: "HQ_ADMIN", regionIds: [], password: DEMO_PASSWORD });
  const hqSecond = await createUser(db, system, {
    ...DEMO_HQ_SECOND,
    role: "HQ_ADMIN",
    regionIds: [],
    password: DEMO_PASSWORD,
  });
  const handler = await createUser(db, system, {
    ...DEMO_HANDLER,
    role: "COMPLAINT_HANDLER",
    regionIds: [],
    password: DEMO_PASSWORD,
  });

  const centers: DemoCenter[] = [];
  let personIndex = 0;
  for (const [regionIndex, region] of DEMO_REGIONS.entries()) {
    const { id: regionId } = await db.region.create({
      data: { code: region.code, nameZh: region.nameZh, nameEn: region.nameEn },
    });
    const manager = await createUser(db, system, {
      email: demoManagerEmail(region.code),
      name: `${region.nameZh}经理 · ${demoPersonName(personIndex++)}`,
      role: "REGIONAL_MANAGER",
      regionIds: [regionId],
      password: DEMO_PASSWORD,
    });
    const auditors = [];
    for (const n of [1, 2] as const) {
      auditors.push(
        await createUser(db, system, {
          email: demoAuditorEmail(region.code, n),
          name: `审核员 · ${demoPersonName(personIndex++)}`,
          role: "AUDITOR",
          regionIds: [regionId],
          password: DEMO_PASSWORD,
        }),
      );
    }
    for (let i = 0; i < CENTERS_PER_REGION; i++) {
      const city = region.cities[i % region.cities.length]!;
      const district = city.districts[Math.floor(i / region.cities.length) % city.districts.length]!;
      // Headquarters runs its own centers in the big cities: about 15 % of the network.
      const direct = city.tier <= 2 && i % 7 === 0;
      const code = `${region.code.slice(0, 2)}${String(regionIndex + 1).padStart(2, "0")}${String(i + 1).padStart(3, "0")}`;
      const partner = DEMO_PARTNERS[(regionIndex * 5 + i) % DEMO_PARTNERS.length]!;
      const created = await db.center.create({
        data: {
          code,
          name: direct
            ? `${city.city}${district}直营服务中心`
            : `${city.city}${district}授权服务中心（${partner.slice(0, 4)}）`,
          kind: direct ? "DIRECT" : "AUTHORIZED",
          authorizationNo: direct
            ? null
            : `AUTH-${region.code.slice(0, 2)}-${String(2019 + (i % 6))}-${String(1000 + regionIndex * 100 + i)}`,
          partnerName: direct ? null : partner,
          // Long-standing partners in the big cities hold grade A; the rest were admitted at B.
          grade: direct ? null : city.tier <= 2 && i % 4 === 1 ? "A" : "B",
          regionId,
          province: city.province,
          city: city.city,
          cityTier: city.tier,
          address: `${city.province}${city.city === city.province ? "" : city.city}${district}区${10 + ((i * 37) % 880)}号`,
        },
        select: { id: true, code: true },
      });
      centers.push({
        ...created,
        quality: pickQuality(random),
        managerId: manager.id,
        auditorIds: auditors.map((a) => a.id),
      });
    }
  }

  const currentPeriod = periodKeyOf(now, policy.timeZone);
  // The demo's evaluation starts at its earliest month.
  await setFirstPeriod(db, system, { periodKey: shiftPeriod(currentPeriod, -(MONTHS - 1)) }, now);
  let nextReportId = 1;
  for (let m = MONTHS - 1; m >= 0; m--) {
    const period = shiftPeriod(currentPeriod, -m);
    const { start, end } = periodBounds(period, policy.timeZone);
    // The current month only has records up to an hour ago: event times are never in the future.
    const latest = Math.min(end.getTime(), now.getTime() - 3_600_000);
    if (latest <= start.getTime()) continue;
    const instant = () => new Date(start.getTime() + Math.floor(random.next() * (latest - start.getTime())));

    const reports: Prisma.ReportCreateManyInput[] = [];
    const answers: Prisma.ReportAnswerCreateManyInput[] = [];
    const callbacks: Prisma.CallbackCreateManyInput[] = [];
    for (const center of centers) {
      const drift = center.quality.trend * (MONTHS - 1 - m);
      const passRate = clamp(center.quality.passRate + drift, 0.3, 0.995);
      const visits = 1 + (random.next() < 0.3 ? 1 : 0);
      const spotChecks = random.next() < 0.75 ? 1 : 0;
      for (const [kind, count, template] of [
        ["VISIT", visits, visitItems],
        ["SPOT_CHECK", spotChecks, spotItems],
      ] as const) {
        for (let k = 0; k < count; k++) {
          const id = nextReportId++;
          const filled = template.items.map((item) => ({
            ...item,
            answer: answerFor(random, item, passRate, center.quality.criticalRisk),
          }));
          const score = rawChecklistScore(filled);
          const isDraft = m === 0 && random.next() < 0.05;
          const eventAt = instant();
          reports.push({
            id,
            kind,
            centerId: center.id,
            authorId: center.auditorIds[(id + k) % center.auditorIds.length]!,
            templateVersionId: template.versionId,
            status: isDraft ? "DRAFT" : "SUBMITTED",
            eventAt,
            periodKey: period,
            scenario: kind === "VISIT" ? random.pick(VISIT_SCENARIOS) : null,
            footageRef:
              kind === "SPOT_CHECK"
                ? `CAM-${1 + Math.floor(random.next() * 6)}/${eventAt.toISOString().slice(0, 10)}`
                : null,
            rawScore: isDraft || score.hundredths === null ? null : (score.hundredths / 100).toFixed(2),
            criticalFailed: score.criticalFailed,
            submittedAt: isDraft ? null : new Date(Math.min(eventAt.getTime() + 86_400_000, now.getTime())),
          });
          for (const item of filled) answers.push({ reportId: id, itemId: item.id, answer: item.answer });
        }
      }
      const calls = 8 + Math.floor(random.next() * 12);
      for (let c = 0; c < calls; c++) {
        const reached = random.next() < 0.82;
        const outcome = reached ? "REACHED" : random.next() < 0.7 ? "UNREACHABLE" : "REFUSED";
        const satisfied = random.next() < clamp(passRate + 0.02, 0, 0.99);
        const rating = reached ? (satisfied ? (random.next() < 0.6 ? 5 : 4) : 1 + Math.floor(random.next() * 3)) : null;
        callbacks.push({
          workOrderNo: `WO${period.replace("-", "")}${center.code}${String(c + 1).padStart(3, "0")}`,
          centerId: center.id,
          calledAt: instant(),
          periodKey: period,
          outcome,
          rating,
          issueResolved: reached ? satisfied || random.next() < 0.5 : null,
          priceExplained: reached ? satisfied || random.next() < 0.6 : null,
          staffCourteous: reached ? satisfied || random.next() < 0.7 : null,
          comment: reached && !satisfied ? random.pick(UNHAPPY_COMMENTS) : null,
          recordedById: center.managerId,
        });
      }
    }
    await db.report.createMany({ data: reports });
    await db.reportAnswer.createMany({ data: answers });
    await db.callback.createMany({ data: callbacks });
  }
  // Reports were given explicit ids so their answers could be inserted in bulk.
  await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('report', 'id'), (SELECT max(id) FROM report))`);

  await recordAudit(db, {
    actorId: null,
    actorEmail: system.email,
    action: "DEMO_NETWORK_SEEDED",
    entityType: "database",
    after: { seed, centers: centers.length, months: MONTHS, currentPeriod },
  });
  await closeDemoHistory(db, {
    now,
    random,
    hq: { id: hq.id, email: DEMO_HQ.email },
    hqSecond: { id: hqSecond.id, email: DEMO_HQ_SECOND.email },
    pastMonths: MONTHS - 1,
    currentPeriod,
    timeZone: policy.timeZone,
  });
  const acting = (
    user: { id: string },
    who: { email: string; name: string },
    role: "HQ_ADMIN" | "COMPLAINT_HANDLER",
  ) => ({
    id: user.id,
    email: who.email,
    name: who.name,
    role,
    regionIds: [],
    ip: null,
  });
  await seedDemoComplaints(db, {
    now,
    random,
    centers: await db.center.findMany({ select: { id: true, kind: true }, orderBy: { id: "asc" } }),
    people: {
      handler: acting(handler, DEMO_HANDLER, "COMPLAINT_HANDLER"),
      hq: acting(hq, DEMO_HQ, "HQ_ADMIN"),
      hqSecond: acting(hqSecond, DEMO_HQ_SECOND, "HQ_ADMIN"),
    },
    months: MONTHS,
    timeZone: policy.timeZone,
  });
  return true;
}

const UNHAPPY_COMMENTS = ["等待时间太长", "维修后问题仍然存在", "收费前没有说明价格", "服务态度一般", "修好后又坏了"];

interface DemoCenter {
  id: number;
  code: string;
  quality: { passRate: number; trend: number; criticalRisk: number };
  managerId: string;
  auditorIds: string[];
}

function pickQuality(random: Random): DemoCenter["quality"] {
  const roll = random.next();
  // Most centers are good, some middling, a few clearly failing (and some of those getting worse).
  if (roll < 0.78) return { passRate: 0.9 + random.next() * 0.09, trend: 0, criticalRisk: 0.003 };
  if (roll < 0.91)
    return { passRate: 0.78 + random.next() * 0.1, trend: (random.next() - 0.5) * 0.01, criticalRisk: 0.02 };
  return { passRate: 0.6 + random.next() * 0.12, trend: -random.next() * 0.01, criticalRisk: 0.08 };
}

function answerFor(
  random: Random,
  item: { critical: boolean },
  passRate: number,
  criticalRisk: number,
): ChecklistAnswer {
  if (!item.critical && random.next() < 0.04) return "NA";
  if (item.critical) return random.next() < criticalRisk ? "FAIL" : "PASS";
  return random.next() < passRate ? "PASS" : "FAIL";
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

async function createChecklist(
  db: Db,
  kind: "VISIT" | "SPOT_CHECK",
  nameZh: string,
  nameEn: string,
  items: DemoChecklistItem[],
): Promise<{ versionId: number; items: { id: number; weight: number; critical: boolean }[] }> {
  const template = await db.checklistTemplate.create({
    data: {
      kind,
      nameZh,
      nameEn,
      versions: {
        create: {
          version: 1,
          items: {
            create: items.map((item, position) => ({
              code: item.code,
              position,
              labelZh: item.labelZh,
              labelEn: item.labelEn,
              weight: item.weight,
              critical: item.critical ?? false,
            })),
          },
        },
      },
    },
    select: {
      versions: {
        select: {
          id: true,
          items: { select: { id: true, weight: true, critical: true }, orderBy: { position: "asc" } },
        },
      },
    },
  });
  const version = template.versions[0]!;
  return { versionId: version.id, items: version.items };
}
