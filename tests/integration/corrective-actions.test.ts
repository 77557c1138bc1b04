// Corrective actions (DOMAIN.md): OPEN → SUBMITTED → VERIFIED, or rejected back to OPEN; OVERDUE derived.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../server/context.ts";
import { closePeriod } from "../../server/services/periods/close-period.ts";
import { makeCenter, makeRegion, makeUser } from "../factories/network.ts";
import { makePolicyVersion, makeReport } from "../factories/records.ts";
import { callerFor } from "../helpers/callers.ts";
import { fieldErrorsOfCall } from "../helpers/field-errors.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase({ firstPeriod: "2024-01" });
let hq: SessionUser;
let manager: SessionUser;
let otherManager: SessionUser;
let auditor: SessionUser;
let actionId: number;

const rectification = {
  rectification: "Price list reprinted and displayed at the counter.",
  evidence: "Photo IMG_2041 of the counter",
};

beforeAll(async () => {
  const db = database.db;
  await makePolicyVersion(db);
  const region = await makeRegion(db);
  const elsewhere = await makeRegion(db);
  const center = await makeCenter(db, region.id);
  const otherCenter = await makeCenter(db, elsewhere.id);
  hq = await makeUser(db, "HQ_ADMIN", []);
  manager = await makeUser(db, "REGIONAL_MANAGER", [region.id]);
  otherManager = await makeUser(db, "REGIONAL_MANAGER", [elsewhere.id]);
  auditor = await makeUser(db, "AUDITOR", [region.id]);
  await makeReport(db, { centerId: center.id, authorId: auditor.id, periodKey: "2024-01", rawScore: 40 });
  await makeReport(db, { centerId: otherCenter.id, authorId: auditor.id, periodKey: "2024-01", rawScore: 40 });
  // Closed back then, so its 30 days are long over.
  await closePeriod(
    db,
    { id: hq.id, email: hq.email },
    { periodKey: "2024-01" },
    { now: new Date("2024-02-05T02:00:00Z") },
  );
  actionId = (await db.correctiveAction.findFirstOrThrow({ where: { centerId: center.id }, select: { id: true } })).id;
});

describe(`corrective actions (${database.kind})`, () => {
  it("lists a manager's regions only, overdue first", async () => {
    const list = await callerFor(database.db, manager).correctiveActions.list({});
    expect(list.map((a) => a.id)).toEqual([actionId]);
    expect(list[0]).toMatchObject({
      status: "OPEN",
      displayStatus: "OVERDUE",
      evaluation: { periodKey: "2024-01", result: "FAIL" },
    });
    expect(await callerFor(database.db, manager).correctiveActions.list({ status: "OVERDUE" })).toHaveLength(1);
    expect(await callerFor(database.db, manager).correctiveActions.list({ status: "OPEN" })).toHaveLength(0);
    expect(await callerFor(database.db, hq).correctiveActions.list({})).toHaveLength(2);
  });

  it("is closed to auditors and out of sight for another region's manager", async () => {
    await expect(callerFor(database.db, auditor).correctiveActions.list({})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      callerFor(database.db, otherManager).correctiveActions.submitRectification({
        correctiveActionId: actionId,
        ...rectification,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Corrective action was not found." });
  });

  it("refuses a rectification without evidence, naming the field", async () => {
    const call = callerFor(database.db, manager).correctiveActions.submitRectification({
      correctiveActionId: actionId,
      rectification: rectification.rectification,
      evidence: "",
    });
    expect(await fieldErrorsOfCall(call)).toEqual({
      evidence: ["Describe the evidence (photos, invoices, training records) in at least 5 characters."],
    });
  });

  it("records the rectification, then a rejection sends it back to OPEN with the comment", async () => {
    const caller = callerFor(database.db, manager);
    const submitted = await caller.correctiveActions.submitRectification({
      correctiveActionId: actionId,
      ...rectification,
    });
    expect(submitted).toMatchObject({ status: "SUBMITTED", evidence: rectification.evidence });
    expect(
      await fieldErrorsOfCall(caller.correctiveActions.review({ correctiveActionId: actionId, decision: "REJECT" })),
    ).toEqual({
      comment: ["Say why the rectification is rejected (at least 5 characters)."],
    });
    const rejected = await caller.correctiveActions.review({
      correctiveActionId: actionId,
      decision: "REJECT",
      comment: "The photo does not show the price list.",
    });
    expect(rejected).toMatchObject({ status: "OPEN", reviewComment: "The photo does not show the price list." });
  });

  it("verifies a resubmitted rectification, once; every step is audit-logged", async () => {
    const caller = callerFor(database.db, manager);
    await caller.correctiveActions.submitRectification({ correctiveActionId: actionId, ...rectification });
    const verified = await caller.correctiveActions.review({ correctiveActionId: actionId, decision: "VERIFY" });
    expect(verified).toMatchObject({ status: "VERIFIED", displayStatus: "VERIFIED" });
    await expect(
      caller.correctiveActions.review({ correctiveActionId: actionId, decision: "VERIFY" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This corrective action is verified; it must be submitted for this step.",
    });
    const actions = await database.db.auditLog.findMany({
      where: { entityType: "corrective_action", entityId: String(actionId) },
      select: { action: true },
      orderBy: { id: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "CORRECTIVE_ACTION_SUBMITTED",
      "CORRECTIVE_ACTION_REJECTED",
      "CORRECTIVE_ACTION_SUBMITTED",
      "CORRECTIVE_ACTION_VERIFIED",
    ]);
  });
});
