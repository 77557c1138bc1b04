// What closing a period would do, without doing it: the same plan the close writes.
import type { Db } from "../../db/create-database.ts";
import { currentPolicyVersion } from "../policy/policy-record.ts";
import { assertClosable, readPeriodStanding } from "./period-standing.ts";
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
  const { timeZone } = policyVersion.policy;
  assertClosable(await readPeriodStanding(db, timeZone, now), periodKey, timeZone);
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
