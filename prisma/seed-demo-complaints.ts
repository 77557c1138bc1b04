// The demo's complaints desk: twelve months of complaints (mostly stepped in within 24 hours, some
// late, a few open right now with their clocks running), the upheld ones leading to a few fines, one
// downgrade and one counterfeit case. Historical complaints are written in bulk with their timelines;
// the penalties and the counterfeit case go through the services, like the people doing them would.
import { periodBounds, periodKeyOf, shiftPeriod } from "../shared/domain/periods.ts";
import type { ComplaintCategory, ComplaintChannel } from "../shared/schemas/complaints.ts";
import type { ActingUser } from "../server/context.ts";
import type { Db } from "../server/db/create-database.ts";
import type { Prisma } from "../server/db/generated/client.ts";
import { contactCustomer } from "../server/services/complaints/complaint-steps.ts";
import { recordComplaint } from "../server/services/complaints/record-complaint.ts";
import { resolveComplaint } from "../server/services/complaints/resolve-complaint.ts";
import { decidePenalty, settlePenalty } from "../server/services/penalties/decide-penalty.ts";
import { proposePenalty } from "../server/services/penalties/propose-penalty.ts";
import { demoPersonName } from "./seed-data/people.ts";
import type { Random } from "./seed-data/random.ts";

const HOUR = 3_600_000;
const PER_MONTH = 90;

const CHANNELS: readonly ComplaintChannel[] = [
  "HOTLINE",
  "HOTLINE",
  "HOTLINE",
  "APP",
  "APP",
  "SOCIAL_MEDIA",
  "EMAIL",
  "OTHER",
];
const CATEGORIES: readonly ComplaintCategory[] = [
  "ATTITUDE",
  "ATTITUDE",
  "OVERCHARGE",
  "OVERCHARGE",
  "REPAIR_QUALITY",
  "REPAIR_QUALITY",
  "WAITING_TIME",
  "WARRANTY_REFUSED",
  "NON_GENUINE_PART",
  "OTHER",
];
const DESCRIPTIONS: Record<ComplaintCategory, string> = {
  ATTITUDE: "店员态度冷淡，询问维修进度时不耐烦。",
  OVERCHARGE: "检测费和维修费事先没有说明，结账时比报价高。",
  NON_GENUINE_PART: "怀疑更换的屏幕不是原厂配件，显示偏色。",
  WARRANTY_REFUSED: "手机在保修期内，门店却要求自费维修。",
  REPAIR_QUALITY: "维修后三天同样的问题又出现了。",
  WAITING_TIME: "预约后到店仍等了两个多小时。",
  OTHER: "门店营业时间与官网公布的不一致。",
};

export interface DemoComplaintPeople {
  handler: ActingUser;
  hq: ActingUser;
  hqSecond: ActingUser;
}

export async function seedDemoComplaints(
  db: Db,
  options: {
    now: Date;
    random: Random;
    centers: readonly { id: number; kind: "DIRECT" | "AUTHORIZED" }[];
    people: DemoComplaintPeople;
    months: number;
    timeZone: string;
  },
): Promise<void> {
  const { now, random, centers, people, timeZone } = options;
  const complaints: Prisma.ComplaintCreateManyInput[] = [];
  const events: Prisma.ComplaintEventCreateManyInput[] = [];
  const upheldAuthorized: { id: number; centerId: number }[] = [];
  const currentPeriod = periodKeyOf(now, timeZone);
  let id = 0;
  /** history: worked as usual; recent: worked if its time came; waiting: nobody has stepped in yet. */
  const add = (receivedAt: Date, plan: "history" | "recent" | "waiting") => {
    id += 1;
    const center = random.pick(centers);
    const category = random.pick(CATEGORIES);
    const phone = `13${String(Math.floor(random.next() * 1e9)).padStart(9, "0")}`;
    const at = (hoursAfter: number) =>
      new Date(Math.min(receivedAt.getTime() + hoursAfter * HOUR, now.getTime() - 60_000));
    const timeline: Omit<Prisma.ComplaintEventCreateManyInput, "complaintId" | "cycle">[] = [
      { kind: "RECORDED", at: at(0.05), actorId: people.handler.id },
    ];
    let status: "NEW" | "IN_PROGRESS" | "AWAITING_CENTER" | "RESOLVED" = "NEW";
    let resolved: Partial<Prisma.ComplaintCreateManyInput> = {};
    const age = (now.getTime() - receivedAt.getTime()) / HOUR;
    // Most are stepped in within the day; one in ten late; the newest ones may still be waiting.
    const stepIn = random.next() < 0.9 ? 0.3 + random.next() * 20 : 25 + random.next() * 30;
    if (plan === "history" || (plan === "recent" && stepIn < age)) {
      status = "IN_PROGRESS";
      timeline.push({ kind: "TAKEN", at: at(Math.max(0.1, stepIn - 0.2)), actorId: people.handler.id });
      const forwarded = random.next() < 0.3;
      timeline.push({
        kind: forwarded ? "FORWARDED_TO_CENTER" : "CUSTOMER_CONTACTED",
        at: at(stepIn),
        actorId: people.handler.id,
        note: forwarded ? "请门店说明情况并提供维修记录。" : "已致电客户了解情况，承诺尽快处理。",
      });
      if (forwarded) {
        status = "AWAITING_CENTER";
        if (age > stepIn + 30) {
          timeline.push({
            kind: "CENTER_ANSWERED",
            at: at(stepIn + 4 + random.next() * 40),
            actorId: people.handler.id,
            note: "门店已提交说明和工单记录。",
          });
          status = "IN_PROGRESS";
        }
      }
      const resolveAfter = stepIn + 24 + random.next() * 72;
      if (age > resolveAfter + 1) {
        const roll = random.next();
        const finding = roll < 0.3 ? "UPHELD" : roll < 0.9 ? "NOT_UPHELD" : "WITHDRAWN";
        const remedy =
          finding !== "UPHELD" ? "NONE" : random.pick(["REFUND", "RE_REPAIR", "COMPENSATION", "NONE"] as const);
        const resolution =
          finding === "UPHELD"
            ? "核实属实，已督促门店整改并向客户致歉。"
            : finding === "WITHDRAWN"
              ? "客户表示问题已解决，撤回投诉。"
              : "调取工单与监控核实，门店操作符合规范。";
        status = "RESOLVED";
        resolved = {
          finding,
          remedy,
          compensationYuan: remedy === "COMPENSATION" ? 100 + Math.floor(random.next() * 8) * 50 : null,
          resolution,
          resolvedAt: at(resolveAfter),
        };
        timeline.push({
          kind: "RESOLVED",
          at: at(resolveAfter),
          actorId: people.handler.id,
          note: resolution,
          finding,
        });
        if (finding === "UPHELD" && center.kind === "AUTHORIZED") upheldAuthorized.push({ id, centerId: center.id });
      }
    }
    complaints.push({
      id,
      channel: random.pick(CHANNELS),
      channelRef: `DEMO-${receivedAt.toISOString().slice(0, 10).replaceAll("-", "")}-${String(id).padStart(5, "0")}`,
      receivedAt,
      periodKey: periodKeyOf(receivedAt, timeZone),
      centerId: center.id,
      workOrderNo: random.next() < 0.7 ? `WO${String(200000 + id * 7)}` : null,
      category,
      customerName: `${demoPersonName(id * 3 + 1).slice(0, 1)}${random.next() < 0.5 ? "先生" : "女士"}`,
      customerPhone: phone,
      description: DESCRIPTIONS[category],
      status,
      cycleStartedAt: receivedAt,
      handlerId: status === "NEW" ? null : people.handler.id,
      createdById: people.handler.id,
      ...resolved,
    });
    for (const event of timeline) events.push({ ...event, complaintId: id, cycle: 0 });
  };

  for (let m = options.months - 1; m >= 0; m--) {
    const { start, end } = periodBounds(shiftPeriod(currentPeriod, -m), timeZone);
    const latest = Math.min(end.getTime(), now.getTime() - 36 * HOUR);
    if (latest <= start.getTime()) continue;
    for (let i = 0; i < PER_MONTH; i++)
      add(new Date(start.getTime() + random.next() * (latest - start.getTime())), "history");
  }
  // The desk right now: complaints of the last day and a half, some waiting, some at risk, a breach.
  for (const hoursAgo of [0.5, 2, 5, 9, 14, 19, 28, 33]) add(new Date(now.getTime() - hoursAgo * HOUR), "recent");
  for (const hoursAgo of [1, 6, 20.5, 21.5, 23, 26, 30]) add(new Date(now.getTime() - hoursAgo * HOUR), "waiting");

  await db.complaint.createMany({ data: complaints });
  await db.complaintEvent.createMany({ data: events });
  await db.$executeRawUnsafe(
    `SELECT setval(pg_get_serial_sequence('complaint', 'id'), (SELECT max(id) FROM complaint))`,
  );
  // A revoked center is no longer penalised: the penalties and the counterfeit case are elsewhere.
  const revoked = new Set(
    (await db.revocationProposal.findMany({ where: { status: "ISSUED" }, select: { centerId: true } })).map(
      (r) => r.centerId,
    ),
  );
  const upheld = upheldAuthorized.filter((c) => !revoked.has(c.centerId));
  await penaltiesOfUpheldComplaints(db, { now, random, people, upheld });
  const counterfeitCenter = centers.find(
    (c) => c.kind === "AUTHORIZED" && !revoked.has(c.id) && !upheld.some((u) => u.centerId === c.id),
  );
  await counterfeitCase(db, { now, people, centerId: counterfeitCenter!.id });
}

/** A few upheld complaints led to fines (most confirmed, some paid), one to a downgrade. */
async function penaltiesOfUpheldComplaints(
  db: Db,
  {
    now,
    random,
    people,
    upheld,
  }: { now: Date; random: Random; people: DemoComplaintPeople; upheld: { id: number; centerId: number }[] },
) {
  const chosen = upheld.slice(-7);
  for (const [index, complaint] of chosen.entries()) {
    const downgrade = index === 0;
    const proposedAt = new Date(now.getTime() - (chosen.length - index) * 48 * HOUR);
    const outcome = await proposePenalty(
      db,
      people.handler,
      {
        centerId: complaint.centerId,
        kind: downgrade ? "DOWNGRADE" : "FINE",
        basis: "COMPLAINT",
        complaintId: complaint.id,
        reason: downgrade ? "同类投诉一年内多次成立，整改不到位。" : "投诉核实成立，违反服务规范。",
        amountYuan: downgrade ? null : 500 + Math.floor(random.next() * 10) * 500,
      },
      proposedAt,
    );
    if (outcome.outcome !== "PROPOSED" || index === chosen.length - 1) continue;
    const decider = index % 2 === 0 ? people.hq : people.hqSecond;
    await decidePenalty(
      db,
      decider,
      { penaltyId: outcome.penaltyId, decision: "CONFIRM", reason: "" },
      new Date(proposedAt.getTime() + 6 * HOUR),
    );
    if (!downgrade && index % 3 !== 2)
      await settlePenalty(
        db,
        people.hq,
        {
          penaltyId: outcome.penaltyId,
          outcome: "PAID",
          paymentRef: `PAY-${String(outcome.penaltyId).padStart(6, "0")}`,
          reason: "",
        },
        new Date(proposedAt.getTime() + 30 * HOUR),
      );
  }
}

/** A screen found counterfeit two days ago: 3 × compensation, and the fine and downgrade await headquarters. */
async function counterfeitCase(
  db: Db,
  { now, people, centerId }: { now: Date; people: DemoComplaintPeople; centerId: number },
) {
  const receivedAt = new Date(now.getTime() - 50 * HOUR);
  const complaint = await recordComplaint(
    db,
    people.handler,
    {
      channel: "HOTLINE",
      channelRef: "DEMO-COUNTERFEIT-1",
      receivedAt,
      centerId,
      workOrderNo: "WO-CF-0001",
      category: "NON_GENUINE_PART",
      customerName: "赵女士",
      customerPhone: "13912345678",
      description: "更换的屏幕经官方检测为非原厂配件，触控失灵。",
    },
    new Date(receivedAt.getTime() + 10 * 60_000),
  );
  await contactCustomer(
    db,
    people.handler,
    { complaintId: complaint.id, note: "已联系客户，安排官方检测。" },
    new Date(receivedAt.getTime() + 3 * HOUR),
  );
  await resolveComplaint(
    db,
    people.handler,
    {
      complaintId: complaint.id,
      finding: "UPHELD",
      remedy: "COMPENSATION",
      counterfeitPartYuan: 680,
      resolution: "官方检测确认屏幕为假冒配件，按假一赔三赔付客户。",
    },
    new Date(receivedAt.getTime() + 26 * HOUR),
  );
}
