// What closing a period would do, without doing it: the same plan the close writes.
import type { Db } from "../../db/create-database.ts";
import { DomainError } from "../../errors.ts";
import { currentPolicyVersion } from "../policy/policy-record.ts";
import { assertClosable, readPeriodHistory } from "./period-order.ts";
import { type ClosePlanSummary, planClose, summarizePlan } from "./plan-close.ts";

export interface ClosePreview {
  periodKey: string;
  policyVersion: number;
  summary: ClosePlanSummary;
  /** Centers that would get a revocation proposal or an escalation. */
  raisedCases: { centerId: number; kind: "RAISE_PROPOSAL" | "RAISE_ESCALATION" }[];
}

export async function previewClose(
  db: Db,
  { periodKey }: { periodKey: string },
  now = new Date(),
): Promise<ClosePreview> {
  const policyVersion = await currentPolicyVersion(db);
  const existing = await db.period.findUnique({ where: { key: periodKey }, select: { status: true } });
  if (existing?.status === "CLOSED") {
    throw new DomainError("CONFLICT", `${periodKey} is already closed.`, {
      periodKey: [`${periodKey} is already closed.`],
    });
  }
  assertClosable(await readPeriodHistory(db), periodKey, { now, timeZone: policyVersion.policy.timeZone });
  const plan = await planClose(db, periodKey, policyVersion);
  return {
    periodKey,
    policyVersion: policyVersion.version,
    summary: summarizePlan(plan),
    raisedCases: plan.evaluations.flatMap((e) =>
      e.caseAction === "RAISE_PROPOSAL" || e.caseAction === "RAISE_ESCALATION"
        ? [{ centerId: e.centerId, kind: e.caseAction }]
        : [],
    ),
  };
}
