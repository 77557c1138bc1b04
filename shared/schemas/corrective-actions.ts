import { z } from "zod";
import { zId, zText } from "./fields.ts";

export const CORRECTIVE_ACTION_FILTERS = ["OPEN", "SUBMITTED", "VERIFIED", "CANCELLED", "OVERDUE"] as const;

export const ZListCorrectiveActionsInput = z
  .object({
    status: z.enum(CORRECTIVE_ACTION_FILTERS).optional(),
    regionId: zId().optional(),
    centerId: zId().optional(),
  })
  .default({});
export type TListCorrectiveActionsInput = z.infer<typeof ZListCorrectiveActionsInput>;

export const ZSubmitRectificationInput = z.object({
  correctiveActionId: zId(),
  rectification: zText({ error: "Describe what the center changed." })
    .trim()
    .min(10, { error: "Describe what the center changed in at least 10 characters." })
    .max(4000, { error: "The rectification must be at most 4000 characters." }),
  evidence: zText({ error: "Describe the evidence." })
    .trim()
    .min(5, { error: "Describe the evidence (photos, invoices, training records) in at least 5 characters." })
    .max(4000, { error: "The evidence must be at most 4000 characters." }),
});
export type TSubmitRectificationInput = z.infer<typeof ZSubmitRectificationInput>;

export const ZReviewRectificationInput = z
  .object({
    correctiveActionId: zId(),
    decision: z.enum(["VERIFY", "REJECT"]),
    comment: zText().trim().max(2000, { error: "A comment must be at most 2000 characters." }).default(""),
  })
  .refine((input) => input.decision === "VERIFY" || input.comment.length >= 5, {
    error: "Say why the rectification is rejected (at least 5 characters).",
    path: ["comment"],
  });
export type TReviewRectificationInput = z.infer<typeof ZReviewRectificationInput>;
