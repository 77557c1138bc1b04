import { z } from "zod";
import { key } from "../messages/message-ref.ts";
import { zId, zText } from "./fields.ts";

const ZDecisionReason = zText({ error: key("reason.required") })
  .trim()
  .min(5, { error: key("reason.min5") })
  .max(1000, { error: key("reason.max") });

export const REVOCATION_STATUSES = ["PROPOSED", "ISSUED", "DISMISSED", "REVERSED", "WITHDRAWN"] as const;

export const ZListRevocationsInput = z.object({ status: z.enum(REVOCATION_STATUSES).optional() }).default({});
export type TListRevocationsInput = z.infer<typeof ZListRevocationsInput>;

/** The first of the two people who issue a revocation asks for it (DOMAIN-2.md, Revocation needs two people). */
export const ZRequestRevocationInput = z.object({
  proposalId: zId(),
  reason: ZDecisionReason,
  /** The local date (policy time zone) from which the center is revoked. */
  effectiveDate: z.iso.date({ error: key("revocation.effectiveDateFormat") }),
});
export type TRequestRevocationInput = z.infer<typeof ZRequestRevocationInput>;

/** The second person approves the request (the revocation is issued) or rejects it with a reason. */
export const ZDecideRevocationRequestInput = z
  .object({
    proposalId: zId(),
    decision: z.enum(["APPROVE", "REJECT"]),
    reason: zText()
      .trim()
      .max(1000, { error: key("reason.max") })
      .default(""),
  })
  .refine((input) => input.decision === "APPROVE" || input.reason.length >= 5, {
    error: key("reason.min5"),
    path: ["reason"],
  });
export type TDecideRevocationRequestInput = z.infer<typeof ZDecideRevocationRequestInput>;

export const ZDecideRevocationInput = z.object({ proposalId: zId(), reason: ZDecisionReason });
export type TDecideRevocationInput = z.infer<typeof ZDecideRevocationInput>;

export const ESCALATION_STATUSES = ["OPEN", "RESOLVED", "WITHDRAWN"] as const;
export const ZListEscalationsInput = z.object({ status: z.enum(ESCALATION_STATUSES).optional() }).default({});
export type TListEscalationsInput = z.infer<typeof ZListEscalationsInput>;

export const ZResolveEscalationInput = z.object({
  escalationId: zId(),
  resolution: ZDecisionReason,
});
export type TResolveEscalationInput = z.infer<typeof ZResolveEscalationInput>;
