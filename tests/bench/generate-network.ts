// A realistic network at scale, generated inside the database with set-based SQL (the fastest
// path: no rows travel through Node). Same shapes as the demo seed: ~16 % direct centers, most
// centers good, some middling, a few failing; visits, spot-checks and callbacks every month.
import { shiftPeriod } from "../../shared/domain/periods.ts";
import type { Db } from "../../server/db/create-database.ts";
import { policyColumns } from "../../server/services/policy/policy-record.ts";
import { createUser } from "../../server/services/users/create-user.ts";
import { setFirstPeriod } from "../../server/services/periods/set-first-period.ts";

export interface NetworkScale {
  centers: number;
  months: number;
  callbacksPerCenterMonth: number;
  visitsPerCenterMonth: number;
  spotChecksPerCenterMonth: number;
}

export const BENCH_PASSWORD = "Bench-Pass-2026";

/** Fills an empty, migrated database; returns the months generated (oldest first) and the HQ user. */
export async function generateNetwork(db: Db, scale: NetworkScale, currentPeriod: string) {
  await db.scoringPolicyVersion.create({ data: { ...policyColumns(), version: 1, note: "默认评分规则" } });
  await db.$executeRawUnsafe(`INSERT INTO region (code, name_zh, name_en)
    SELECT 'R' || g, '区域' || g, 'Region ' || g FROM generate_series(1, 8) g`);
  const hq = await createUser(
    db,
    { id: null, email: "bench@setup" },
    {
      email: "hq@bench.example",
      name: "Bench HQ",
      role: "HQ_ADMIN",
      regionIds: [],
      password: BENCH_PASSWORD,
    },
  );
  const template = await db.checklistTemplate.create({
    data: { kind: "VISIT", nameZh: "走访", nameEn: "Visit", versions: { create: { version: 1 } } },
    select: { versions: { select: { id: true } } },
  });
  const versionId = template.versions[0]!.id;
  // quality: 78 % good (~93), 13 % middling (~83), 9 % failing (~66); hash(g) keeps it deterministic.
  await db.$executeRawUnsafe(`
    INSERT INTO center (code, name, kind, authorization_no, partner_name, grade, region_id, province, city, city_tier, address, updated_at)
    SELECT 'B' || lpad(g::text, 6, '0'), 'Bench center ' || g,
           CASE WHEN g % 6 = 0 THEN 'DIRECT' ELSE 'AUTHORIZED' END::"CenterKind",
           CASE WHEN g % 6 = 0 THEN NULL ELSE 'AUTH-B-' || g END,
           CASE WHEN g % 6 = 0 THEN NULL ELSE 'Partner ' || (g % 97) END,
           CASE WHEN g % 6 = 0 THEN NULL ELSE 'B' END::"AuthorizationGrade",
           1 + g % 8, 'Province ' || (g % 31), 'City ' || (g % 300), 1 + g % 5, 'Street ' || g, now()
    FROM generate_series(1, ${scale.centers}) g`);
  const months = Array.from({ length: scale.months }, (_, i) => shiftPeriod(currentPeriod, i - scale.months));
  // The bench network's evaluation starts at its earliest generated month.
  await setFirstPeriod(db, { id: null, email: "bench@setup" }, { periodKey: months[0]! });
  for (const month of months) {
    const [year, mon] = month.split("-");
    const start = `${year}-${mon}-01 00:00:00+08`;
    // Event times spread over the first 27 days of the month, in Shanghai.
    await db.$executeRawUnsafe(`
      INSERT INTO report (kind, center_id, author_id, template_version_id, status, event_at, period_key, raw_score, critical_failed, submitted_at, updated_at)
      SELECT k.kind::"ChecklistKind", c.id, '${hq.id}', ${versionId}, 'SUBMITTED',
             timestamptz '${start}' + ((c.id * 7 + n * 13) % 27) * interval '1 day' + interval '10 hours',
             '${month}',
             least(100, greatest(0, round((q.base + (random() - 0.5) * 20)::numeric, 2))),
             random() < q.critical,
             timestamptz '${start}' + interval '28 days', now()
      FROM center c
      CROSS JOIN LATERAL (SELECT CASE WHEN hashint4(c.id) % 100 < 78 THEN 93 WHEN hashint4(c.id) % 100 < 91 THEN 83 ELSE 66 END AS base,
                                 CASE WHEN hashint4(c.id) % 100 < 91 THEN 0.005 ELSE 0.06 END AS critical) q
      CROSS JOIN LATERAL (
        SELECT 'VISIT' AS kind, n FROM generate_series(1, ${scale.visitsPerCenterMonth}) n
        UNION ALL SELECT 'SPOT_CHECK', n FROM generate_series(1, ${scale.spotChecksPerCenterMonth}) n) k`);
    await db.$executeRawUnsafe(`
      INSERT INTO callback (work_order_no, center_id, called_at, period_key, outcome, rating, recorded_by_id)
      SELECT 'WO' || replace('${month}', '-', '') || c.id || '-' || n, c.id,
             timestamptz '${start}' + ((c.id + n) % 27) * interval '1 day' + interval '14 hours', '${month}',
             CASE WHEN r.x < 0.82 THEN 'REACHED' WHEN r.x < 0.95 THEN 'UNREACHABLE' ELSE 'REFUSED' END::"CallbackOutcome",
             CASE WHEN r.x < 0.82 THEN CASE WHEN random() * 100 < q.base THEN 4 + (random() < 0.6)::int ELSE 1 + floor(random() * 3)::int END END,
             '${hq.id}'
      FROM center c
      CROSS JOIN LATERAL (SELECT CASE WHEN hashint4(c.id) % 100 < 78 THEN 93 WHEN hashint4(c.id) % 100 < 91 THEN 83 ELSE 66 END AS base) q
      CROSS JOIN generate_series(1, ${scale.callbacksPerCenterMonth}) n
      CROSS JOIN LATERAL (SELECT random() + 0 * n AS x) r`);
  }
  await db.$executeRawUnsafe("ANALYZE");
  return { months, hq: { id: hq.id, email: "hq@bench.example" } };
}
