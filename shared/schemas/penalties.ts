// Penalties' inputs (DOMAIN-2.md, Penalties: fine, downgrade, termination).
import { z } from "zod";
import { key } from "../messages/message-ref.ts";
import { zYuan } from "./complaints.ts";
import { zId, zText } from "./fields.ts";
import { onlyWhenValid } from "./refinements.ts";

export const PENALTY_KINDS = ["FINE", "DOWNGRADE", "TERMINATION"] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];
export const PENALTY_STATUSES = ["PROPOSED", "CONFIRMED", "CANCELLED", "PAID", "WAIVED"] as const;
export const PENALTY_BASES = ["COMPLAINT", "REPORT", "COUNTERFEIT", "OTHER"] as const;

const ZPenaltyReason = zText({ error: key("reason.required") })
  .trim()
  .min(5, { error: key("reason.min5") })
  .max(1000, { error: key("reason.max") });

export const ZProposePenaltyInput = z
  .object({
    centerId: zId(key("center.required")),
    kind: z.enum(PENALTY_KINDS, { error: key("penalty.kindRequired") }),
    basis: z.enum(PENALTY_BASES, { error: key("penalty.basisRequired") }),
    complaintId: zId(key("penalty.complaintRequired")).nullable().optional(),
    reportId: zId(key("penalty.reportRequired")).nullable().optional(),
    reason: ZPenaltyReason,
    amountYuan: zYuan("penalty.amountRange").nullable().optional(),
  })
  .superRefine(
    (input, ctx) => {
      if (input.kind === "FINE" && input.amountYuan == null)
        ctx.addIssue({ code: "custom", path: ["amountYuan"], message: key("penalty.amountRange") });
      if (input.kind !== "FINE" && input.amountYuan != null)
        ctx.addIssue({ code: "custom", path: ["amountYuan"], message: key("penalty.amountOnlyForFine") });
      if ((input.basis === "COMPLAINT" || input.basis === "COUNTERFEIT") && input.complaintId == null)
        ctx.addIssue({ code: "custom", path: ["complaintId"], message: key("penalty.complaintRequired") });
      if (input.basis === "REPORT" && input.reportId == null)
        ctx.addIssue({ code: "custom", path: ["reportId"], message: key("penalty.reportRequired") });
    },
    onlyWhenValid(["kind", "basis", "complaintId", "reportId", "amountYuan"]),
  );
export type TProposePenaltyInput = z.infer<typeof ZProposePenaltyInput>;

export const ZDecidePenaltyInput = z
  .object({
    penaltyId: zId(),
    decision: z.enum(["CONFIRM", "CANCEL"]),
    reason: zText()
      .trim()
      .max(1000, { error: key("reason.max") })
      .default(""),
  })
  .refine((input) => input.decision === "CONFIRM" || input.reason.length >= 5, {
    error: key("penalty.cancelNeedsReason"),
    path: ["reason"],
  });
export type TDecidePenaltyInput = z.infer<typeof ZDecidePenaltyInput>;

export const ZSettlePenaltyInput = z
  .object({
    penaltyId: zId(),
    outcome: z.enum(["PAID", "WAIVED"]),
    paymentRef: zText()
      .trim()
      .max(64, { error: key("penalty.paymentRefTooLong") })
      .default(""),
    reason: zText()
      .trim()
      .max(1000, { error: key("reason.max") })
      .default(""),
  })
  .superRefine((input, ctx) => {
    if (input.outcome === "PAID" && input.paymentRef.length === 0)
      ctx.addIssue({ code: "custom", path: ["paymentRef"], message: key("penalty.paymentRefRequired") });
    if (input.outcome === "WAIVED" && input.reason.length < 5)
      ctx.addIssue({ code: "custom", path: ["reason"], message: key("penalty.waiveNeedsReason") });
  });
export type TSettlePenaltyInput = z.infer<typeof ZSettlePenaltyInput>;

export const ZListPenaltiesInput = z
  .object({
    centerId: zId().optional(),
    partnerName: zText().trim().max(120).optional(),
    periodKey: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: key("period.format") })
      .optional(),
    status: z.enum(PENALTY_STATUSES).optional(),
    kind: z.enum(PENALTY_KINDS).optional(),
  })
  .default({});
export type TListPenaltiesInput = z.infer<typeof ZListPenaltiesInput>;

export const ZPenaltyLedgerCsvInput = ZListPenaltiesInput.unwrap().extend({
  language: z.enum(["zh-CN", "en"]).default("zh-CN"),
});
export type TPenaltyLedgerCsvInput = z.infer<typeof ZPenaltyLedgerCsvInput>;
