// The complaints desk (DOMAIN-2.md, Complaints and the 24-hour rule), through the procedures.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../server/context.ts";
import { alertComplaintsAtRisk } from "../../server/services/complaints/alert-complaints-at-risk.ts";
import { reopenComplaint } from "../../server/services/complaints/complaint-steps.ts";
import { makeComplaint } from "../factories/complaints.ts";
import { makeCenter, makeRegion, makeUser } from "../factories/network.ts";
import { makePolicyVersion } from "../factories/records.ts";
import { callerFor } from "../helpers/callers.ts";
import { fieldErrorsOfCall } from "../helpers/field-errors.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase({ firstPeriod: "2025-01" });
const HOUR = 3_600_000;
let handler: SessionUser;
let otherHandler: SessionUser;
let hq: SessionUser;
let manager: SessionUser;
let center: { id: number; code: string };
let direct: { id: number; code: string };
let elsewhere: { id: number; code: string };

beforeAll(async () => {
  const db = database.db;
  await makePolicyVersion(db);
  const region = await makeRegion(db);
  const otherRegion = await makeRegion(db);
  center = await makeCenter(db, region.id, { grade: "A" });
  direct = await makeCenter(db, region.id, { kind: "DIRECT" });
  elsewhere = await makeCenter(db, otherRegion.id);
  handler = await makeUser(db, "COMPLAINT_HANDLER", []);
  otherHandler = await makeUser(db, "COMPLAINT_HANDLER", []);
  hq = await makeUser(db, "HQ_ADMIN", []);
  manager = await makeUser(db, "REGIONAL_MANAGER", [region.id]);
});

describe(`recording a complaint (${database.kind})`, () => {
  it("stores it once per channel reference, masks the phone, and audits it", async () => {
    const recorded = await makeComplaint(database.db, handler, {
      centerId: elsewhere.id,
      hoursAgo: 1,
      channelRef: "HL-ONCE",
    });
    const again = makeComplaint(database.db, handler, { centerId: elsewhere.id, hoursAgo: 1, channelRef: "HL-ONCE" });
    expect(await fieldErrorsOfCall(again)).toEqual({
      channelRef: ["A complaint with reference HL-ONCE was already recorded for this channel."],
    });
    // The same reference through another channel is another complaint.
    await makeComplaint(database.db, handler, {
      centerId: elsewhere.id,
      hoursAgo: 1,
      channelRef: "HL-ONCE",
      channel: "APP",
    });
    expect(await database.db.complaint.count({ where: { channelRef: "HL-ONCE" } })).toBe(2);
    const shown = await callerFor(database.db, handler).complaints.get({ complaintId: recorded.id });
    expect(shown).toMatchObject({ customerPhone: "138****5678", phoneRevealed: false, status: "NEW" });
    expect(shown.timeline.map((e) => e.kind)).toEqual(["RECORDED"]);
    const audit = await database.db.auditLog.findFirstOrThrow({
      where: { action: "COMPLAINT_RECORDED", entityId: String(recorded.id) },
      select: { after: true },
    });
    expect(JSON.stringify(audit.after)).not.toContain("13812345678");
  });

  it("refuses a future time, one before the first period, an unknown center and a phone that is no Chinese number", async () => {
    const db = database.db;
    const before = await db.complaint.count();
    const future = makeComplaint(db, handler, { centerId: center.id, hoursAgo: -2 });
    expect(await fieldErrorsOfCall(future)).toEqual({ receivedAt: ["The time cannot be in the future."] });
    const early = makeComplaint(db, handler, {
      centerId: center.id,
      hoursAgo: 0,
      receivedAt: "2024-06-01T10:00:00+08:00",
    });
    expect((await fieldErrorsOfCall(early)).receivedAt?.[0]).toMatch(/2024-06 .*first period, 2025-01/);
    expect(await fieldErrorsOfCall(makeComplaint(db, handler, { centerId: 999_999, hoursAgo: 1 }))).toEqual({
      centerId: ["Center was not found."],
    });
    const phone = makeComplaint(db, handler, { centerId: center.id, hoursAgo: 1, customerPhone: "+1 415 555 0100" });
    expect((await fieldErrorsOfCall(phone)).customerPhone?.[0]).toMatch(/^Enter a Chinese mobile number/);
    expect(await db.complaint.count()).toBe(before);
  });

  it("reveals the full phone on the complaint only as an audited action", async () => {
    const { id } = await makeComplaint(database.db, handler, {
      centerId: elsewhere.id,
      hoursAgo: 1,
      customerPhone: "0571-87654321",
    });
    const revealed = await callerFor(database.db, hq).complaints.revealPhone({ complaintId: id });
    expect(revealed.customerPhone).toBe("057187654321");
    expect(
      await database.db.auditLog.count({
        where: { action: "COMPLAINT_PHONE_REVEALED", entityId: String(id), actorId: hq.id },
      }),
    ).toBe(1);
    await expect(callerFor(database.db, manager).complaints.revealPhone({ complaintId: id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe(`the 24-hour clock in the queue (${database.kind})`, () => {
  it("orders the waiting ones by time left and agrees with the clock rule for every state", async () => {
    const db = database.db;
    const running = await makeComplaint(db, handler, { centerId: center.id, hoursAgo: 19.9 });
    const atRisk = await makeComplaint(db, handler, { centerId: center.id, hoursAgo: 20.1 });
    const breached = await makeComplaint(db, handler, { centerId: center.id, hoursAgo: 24.1 });
    const met = await makeComplaint(db, handler, { centerId: center.id, hoursAgo: 30 });
    await callerFor(db, handler).complaints.contactCustomer({
      complaintId: met.id,
      note: "已致电客户，致歉并约定复检",
    });
    const caller = callerFor(db, handler);
    const queue = await caller.complaints.list({ centerId: center.id });
    const ids = queue.rows.map((r) => r.id);
    expect(ids.slice(0, 3)).toEqual([breached.id, atRisk.id, running.id]);
    const stateOf = (id: number) => queue.rows.find((r) => r.id === id)!.clock.state;
    expect([stateOf(running.id), stateOf(atRisk.id), stateOf(breached.id)]).toEqual(["RUNNING", "AT_RISK", "BREACHED"]);
    // A late intervention (30 h after) stays breached.
    expect(stateOf(met.id)).toBe("BREACHED");
    for (const clock of ["RUNNING", "AT_RISK", "BREACHED", "MET"] as const) {
      const filtered = await caller.complaints.list({ centerId: center.id, clock });
      expect(
        filtered.rows.every((r) => r.clock.state === clock),
        clock,
      ).toBe(true);
      expect(filtered.total).toBe(queue.rows.filter((r) => r.clock.state === clock).length);
    }
    expect(queue.open.atRisk).toBeGreaterThanOrEqual(1);
    expect(queue.open.breached).toBeGreaterThanOrEqual(2);
  });
});

describe(`working a complaint (${database.kind})`, () => {
  it("takes, forwards (48 h for the center), records the answer and resolves, each step on the timeline and in the audit log", async () => {
    const db = database.db;
    const { id } = await makeComplaint(db, handler, { centerId: center.id, hoursAgo: 2 });
    const caller = callerFor(db, handler);
    await caller.complaints.take({ complaintId: id });
    let complaint = await caller.complaints.get({ complaintId: id });
    // Taking it is not yet stepping in.
    expect(complaint).toMatchObject({
      status: "IN_PROGRESS",
      handler: { id: handler.id },
      clock: { state: "RUNNING" },
    });
    await expect(caller.complaints.take({ complaintId: id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(caller.complaints.centerAnswer({ complaintId: id, note: "门店答复" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This complaint is in progress: that step is not possible now.",
    });
    await caller.complaints.forward({ complaintId: id, note: "请门店 48 小时内说明收费依据" });
    complaint = await caller.complaints.get({ complaintId: id });
    expect(complaint).toMatchObject({
      status: "AWAITING_CENTER",
      clock: { state: "MET" },
      centerClock: { state: "RUNNING" },
    });
    await caller.complaints.centerAnswer({ complaintId: id, note: "门店已提供报价单，承认未事先说明" });
    await caller.complaints.resolve({
      complaintId: id,
      finding: "UPHELD",
      remedy: "REFUND",
      resolution: "退还多收的检测费 80 元",
    });
    complaint = await caller.complaints.get({ complaintId: id });
    expect(complaint).toMatchObject({
      status: "RESOLVED",
      finding: "UPHELD",
      remedy: "REFUND",
      centerClock: { state: "MET" },
    });
    expect(complaint.timeline.map((e) => e.kind)).toEqual([
      "RECORDED",
      "TAKEN",
      "FORWARDED_TO_CENTER",
      "CENTER_ANSWERED",
      "RESOLVED",
    ]);
    const actions = await db.auditLog.findMany({
      where: { entityType: "complaint", entityId: String(id) },
      select: { action: true },
      orderBy: { id: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "COMPLAINT_RECORDED",
      "COMPLAINT_TAKEN",
      "COMPLAINT_FORWARDED",
      "COMPLAINT_CENTER_ANSWERED",
      "COMPLAINT_RESOLVED",
    ]);
  });

  it("tells the first handler when another takes the complaint over", async () => {
    const { id } = await makeComplaint(database.db, handler, { centerId: center.id, hoursAgo: 1 });
    await callerFor(database.db, handler).complaints.take({ complaintId: id });
    await callerFor(database.db, otherHandler).complaints.take({ complaintId: id });
    const inbox = await callerFor(database.db, handler).inbox.list({ unreadOnly: true });
    expect(await callerFor(database.db, handler).inbox.unreadCount()).toEqual({ unread: inbox.unread });
    expect(inbox.unread).toBeGreaterThan(0);
    expect(inbox.rows[0]).toMatchObject({
      entityType: "complaint",
      entityId: id,
      message: { key: "notice.complaintTakenOver" },
    });
    await callerFor(database.db, handler).inbox.markRead({});
    expect((await callerFor(database.db, handler).inbox.list({})).unread).toBe(0);
    expect(await callerFor(database.db, handler).inbox.unreadCount()).toEqual({ unread: 0 });
  });

  it("reopens within 30 days with a new 24-hour clock, and refuses after", async () => {
    const db = database.db;
    const { id } = await makeComplaint(db, handler, { centerId: center.id, hoursAgo: 3 });
    const caller = callerFor(db, handler);
    await caller.complaints.resolve({
      complaintId: id,
      finding: "NOT_UPHELD",
      remedy: "NONE",
      resolution: "核实后非门店责任",
    });
    const late = reopenComplaint(
      db,
      { ...handler, ip: null },
      { complaintId: id, note: "客户再次来电" },
      new Date(Date.now() + 31 * 24 * HOUR),
    );
    await expect(late).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.complaint.count({ where: { id, status: "RESOLVED" } })).toBe(1);
    await caller.complaints.reopen({ complaintId: id, note: "客户再次来电，问题复现" });
    const reopened = await caller.complaints.get({ complaintId: id });
    expect(reopened).toMatchObject({ status: "IN_PROGRESS", cycle: 1, finding: null, clock: { state: "RUNNING" } });
    expect(Date.parse(reopened.clock.dueAt) - Date.parse(reopened.cycleStartedAt)).toBe(24 * HOUR);
  });

  it("finds a ticket by its reference whatever its status, within the user's scope", async () => {
    const db = database.db;
    const { id } = await makeComplaint(db, handler, { centerId: center.id, hoursAgo: 5, channelRef: "HL-FIND-1" });
    await callerFor(db, handler).complaints.resolve({
      complaintId: id,
      finding: "WITHDRAWN",
      remedy: "NONE",
      resolution: "客户撤回投诉",
    });
    const found = await callerFor(db, handler).complaints.list({ scope: "OPEN", reference: " HL-FIND-1 " });
    expect(found.rows.map((r) => [r.id, r.channelRef, r.status])).toEqual([[id, "HL-FIND-1", "RESOLVED"]]);
    expect(found.total).toBe(1);
    const other = await makeComplaint(db, handler, { centerId: elsewhere.id, hoursAgo: 1, channelRef: "HL-FIND-2" });
    expect(other.id).toBeGreaterThan(0);
    const managerSees = await callerFor(db, manager).complaints.list({ reference: "HL-FIND-2" });
    expect(managerSees.rows).toEqual([]);
  });

  it("shows a manager their regions' complaints (phone masked), not others', and lets them not act", async () => {
    const { id } = await makeComplaint(database.db, handler, { centerId: elsewhere.id, hoursAgo: 1 });
    await expect(callerFor(database.db, manager).complaints.get({ complaintId: id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const own = await makeComplaint(database.db, handler, { centerId: center.id, hoursAgo: 1 });
    expect(await callerFor(database.db, manager).complaints.get({ complaintId: own.id })).toMatchObject({
      customerPhone: "138****5678",
    });
    await expect(callerFor(database.db, manager).complaints.take({ complaintId: own.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(callerFor(database.db, handler).complaints.get({ complaintId: 999_999 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe(`the desk's adherence (${database.kind})`, () => {
  it("counts clocks met among those that came due, by week, month, region and channel, and lists the breaches", async () => {
    const db = database.db;
    const region = await makeRegion(db);
    const alone = await makeCenter(db, region.id);
    const caller = callerFor(db, handler);
    const onTime = await makeComplaint(db, handler, { centerId: alone.id, hoursAgo: 30, channel: "EMAIL" });
    await caller.complaints.contactCustomer({ complaintId: onTime.id, note: "及时联系客户" });
    // Contacted now, two hours after its (moved) receipt: met.
    await db.$executeRaw`UPDATE complaint SET received_at = now() - interval '2 hours', cycle_started_at = now() - interval '2 hours' WHERE id = ${onTime.id}`;
    const late = await makeComplaint(db, handler, { centerId: alone.id, hoursAgo: 26, channel: "EMAIL" });
    await caller.complaints.contactCustomer({ complaintId: late.id, note: "超时后才联系" });
    await makeComplaint(db, handler, { centerId: alone.id, hoursAgo: 25, channel: "HOTLINE" }); // breached, waiting
    await makeComplaint(db, handler, { centerId: alone.id, hoursAgo: 1, channel: "HOTLINE" }); // running: not yet due
    const board = await callerFor(db, hq).complaints.dashboard({ regionId: region.id });
    const sum = (buckets: { met: number; due: number }[]) =>
      buckets.reduce((acc, b) => ({ met: acc.met + b.met, due: acc.due + b.due }), { met: 0, due: 0 });
    expect(sum(board.months)).toEqual({ met: 1, due: 3 });
    expect(sum(board.weeks)).toEqual({ met: 1, due: 3 });
    expect(board.byRegion).toEqual([expect.objectContaining({ bucket: String(region.id), met: 1, due: 3 })]);
    expect(board.byChannel.map((b) => [b.channel, b.met, b.due])).toEqual([
      ["EMAIL", 1, 2],
      ["HOTLINE", 0, 1],
    ]);
    expect(board.breaches.map((b) => [b.complaint.id, b.intervenedAt === null])).toEqual(
      expect.arrayContaining([[late.id, false]]),
    );
    expect(board.breaches).toHaveLength(2);
    await expect(callerFor(db, manager).complaints.dashboard({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe(`telling handlers about complaints at risk (${database.kind})`, () => {
  it("tells the handler, or every handler while nobody took it, once per complaint and cycle", async () => {
    const db = database.db;
    const untaken = await makeComplaint(db, handler, { centerId: elsewhere.id, hoursAgo: 21 });
    const taken = await makeComplaint(db, handler, { centerId: elsewhere.id, hoursAgo: 22 });
    await callerFor(db, otherHandler).complaints.take({ complaintId: taken.id });
    const alertsFor = (complaintId: number) =>
      db.notification.findMany({
        where: {
          entityType: "complaint",
          entityId: complaintId,
          message: { path: ["key"], equals: "notice.complaintAtRisk" },
        },
        select: { userId: true },
        orderBy: { userId: "asc" },
      });
    await alertComplaintsAtRisk(db);
    await alertComplaintsAtRisk(db);
    expect((await alertsFor(untaken.id)).map((n) => n.userId).sort()).toEqual([handler.id, otherHandler.id].sort());
    expect(await alertsFor(taken.id)).toEqual([{ userId: otherHandler.id }]);
    // Four hours later both are breached: nothing more to say about them.
    await alertComplaintsAtRisk(db, new Date(Date.now() + 4 * HOUR));
    expect((await alertsFor(untaken.id)).length).toBe(2);
  });
});

describe(`the counterfeit rule (${database.kind})`, () => {
  it("compensates three times the part, proposes a fine and a downgrade, and termination on a second case", async () => {
    const db = database.db;
    const caller = callerFor(db, handler);
    const resolveCounterfeit = async () => {
      const { id } = await makeComplaint(db, handler, {
        centerId: center.id,
        hoursAgo: 5,
        category: "NON_GENUINE_PART",
      });
      await caller.complaints.resolve({
        complaintId: id,
        finding: "UPHELD",
        remedy: "COMPENSATION",
        counterfeitPartYuan: 800,
        resolution: "屏幕为非原厂件，假一赔三",
      });
      return id;
    };
    const first = await resolveCounterfeit();
    expect(await caller.complaints.get({ complaintId: first })).toMatchObject({
      compensationYuan: 2400,
      counterfeitPartYuan: 800,
    });
    const proposed = await db.penalty.findMany({
      where: { complaintId: first },
      select: { kind: true, amountYuan: true, status: true, proposedById: true },
    });
    expect(proposed).toEqual([
      { kind: "FINE", amountYuan: 8000, status: "PROPOSED", proposedById: handler.id },
      { kind: "DOWNGRADE", amountYuan: null, status: "PROPOSED", proposedById: handler.id },
    ]);
    const second = await resolveCounterfeit();
    expect(await db.penalty.findMany({ where: { complaintId: second }, select: { kind: true } })).toEqual([
      { kind: "TERMINATION" },
    ]);
    const hqInbox = await callerFor(db, hq).inbox.list({});
    expect(hqInbox.rows.filter((r) => r.message.key === "notice.penaltyProposed").length).toBeGreaterThanOrEqual(3);
  });

  it("opens an escalation instead for a direct center", async () => {
    const db = database.db;
    const { id } = await makeComplaint(db, handler, { centerId: direct.id, hoursAgo: 5, category: "NON_GENUINE_PART" });
    await callerFor(db, handler).complaints.resolve({
      complaintId: id,
      finding: "UPHELD",
      remedy: "COMPENSATION",
      counterfeitPartYuan: 300,
      resolution: "电池为非原厂件",
    });
    expect(await db.penalty.count({ where: { complaintId: id } })).toBe(0);
    expect(await db.escalation.count({ where: { complaintId: id, centerId: direct.id, status: "OPEN" } })).toBe(1);
  });

  it("refuses a counterfeit part on a finding that is not upheld, naming the field", async () => {
    const { id } = await makeComplaint(database.db, handler, { centerId: center.id, hoursAgo: 1 });
    const call = callerFor(database.db, handler).complaints.resolve({
      complaintId: id,
      finding: "NOT_UPHELD",
      remedy: "COMPENSATION",
      counterfeitPartYuan: 100,
      resolution: "无",
    });
    expect((await fieldErrorsOfCall(call)).counterfeitPartYuan).toEqual([
      "A counterfeit part is recorded only on an upheld complaint.",
    ]);
  });
});
