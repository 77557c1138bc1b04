// Makes the demo's history real: closes the past months through the very service headquarters
// uses, has the regional managers work the older corrective actions, and has headquarters decide
// the oldest revocation proposals (one issued by two admins, one dismissed). Deterministic for a given seed and now.
import { periodBounds, localDateOf, shiftPeriod } from "../shared/domain/periods.ts";
import type { ActingUser } from "../server/context.ts";
import type { Db } from "../server/db/create-database.ts";
import type { Actor } from "../server/services/audit/record-audit.ts";
import {
  reviewRectification,
  submitRectification,
} from "../server/services/corrective-actions/update-corrective-action.ts";
import { closePeriod } from "../server/services/periods/close-period.ts";
import {
  decideRevocationRequest,
  dismissRevocation,
  requestRevocation,
} from "../server/services/revocations/decide-revocation.ts";
import type { Random } from "./seed-data/random.ts";

const DAY = 86_400_000;

export async function closeDemoHistory(
  db: Db,
  {
    now,
    random,
    hq,
    hqSecond,
    pastMonths,
    currentPeriod,
    timeZone,
  }: {
    now: Date;
    random: Random;
    hq: Actor;
    hqSecond: Actor;
    pastMonths: number;
    currentPeriod: string;
    timeZone: string;
  },
): Promise<void> {
  for (let m = pastMonths; m >= 1; m--) {
    const periodKey = shiftPeriod(currentPeriod, -m);
    // Headquarters closes each month two days after it ends.
    const closedAt = new Date(Math.min(periodBounds(periodKey, timeZone).end.getTime() + 2 * DAY, now.getTime()));
    await closePeriod(db, hq, { periodKey }, { now: closedAt });
  }
  await workCorrectiveActions(db, { now, random });
  await decideOldestProposals(db, { now, hq, hqSecond, timeZone });
}

/** Most actions whose deadline has passed were rectified and verified; some were not (overdue). */
async function workCorrectiveActions(db: Db, { now, random }: { now: Date; random: Random }): Promise<void> {
  const managers = await managersByRegion(db);
  const actions = await db.correctiveAction.findMany({
    where: { status: "OPEN" },
    select: { id: true, openedAt: true, dueAt: true, center: { select: { regionId: true } } },
    orderBy: { id: "asc" },
  });
  for (const action of actions) {
    const manager = managers.get(action.center.regionId);
    if (!manager) continue;
    const roll = random.next();
    const deadlinePassed = action.dueAt.getTime() < now.getTime();
    const submit = deadlinePassed ? roll < 0.9 : roll < 0.4;
    const verify = deadlinePassed ? roll < 0.8 : roll < 0.15;
    if (!submit) continue;
    const submittedAt = new Date(
      Math.min(action.openedAt.getTime() + (8 + Math.floor(roll * 15)) * DAY, now.getTime()),
    );
    await submitRectification(
      db,
      manager,
      {
        correctiveActionId: action.id,
        rectification: RECTIFICATIONS[Math.floor(roll * RECTIFICATIONS.length)]!,
        evidence: "门店整改照片与培训签到表已上传至共享盘",
      },
      submittedAt,
    );
    if (verify) {
      await reviewRectification(
        db,
        manager,
        { correctiveActionId: action.id, decision: "VERIFY", comment: "现场复核通过" },
        new Date(Math.min(submittedAt.getTime() + 4 * DAY, now.getTime())),
      );
    }
  }
}

async function decideOldestProposals(
  db: Db,
  { now, hq, hqSecond, timeZone }: { now: Date; hq: Actor; hqSecond: Actor; timeZone: string },
) {
  const pending = await db.revocationProposal.findMany({
    where: { status: "PROPOSED" },
    select: { id: true },
    orderBy: [{ raisedPeriodKey: "asc" }, { id: "asc" }],
    take: 2,
  });
  const [toIssue, toDismiss] = pending;
  if (toIssue) {
    await requestRevocation(
      db,
      hq,
      {
        proposalId: toIssue.id,
        reason: "连续两个考核期不合格，整改未达标，依授权协议终止授权。",
        effectiveDate: localDateOf(now, timeZone),
      },
      now,
    );
    await decideRevocationRequest(db, hqSecond, { proposalId: toIssue.id, decision: "APPROVE", reason: "" }, now);
  }
  if (toDismiss) {
    await dismissRevocation(
      db,
      hq,
      { proposalId: toDismiss.id, reason: "合作方已更换店长并提交整改计划，暂不取消授权。" },
      now,
    );
  }
}

async function managersByRegion(db: Db): Promise<Map<number, ActingUser>> {
  const rows = await db.user.findMany({
    where: { role: "REGIONAL_MANAGER", active: true },
    select: { id: true, email: true, name: true, regions: { select: { regionId: true } } },
    orderBy: { email: "asc" },
  });
  const byRegion = new Map<number, ActingUser>();
  for (const row of rows) {
    const regionIds = row.regions.map((r) => r.regionId);
    const user: ActingUser = {
      id: row.id,
      email: row.email,
      name: row.name,
      role: "REGIONAL_MANAGER",
      regionIds,
      ip: null,
    };
    for (const regionId of regionIds) if (!byRegion.has(regionId)) byRegion.set(regionId, user);
  }
  return byRegion;
}

const RECTIFICATIONS = [
  "已重新张贴官方价格表，前台员工完成收费规范培训。",
  "更换非原厂配件供应渠道，库存全部改为原厂备件并登记。",
  "维修前报价确认流程已纳入系统，客户签字后方可开工。",
  "增加质检岗，交机前逐项检测并记录工单。",
];
