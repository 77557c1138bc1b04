import { z } from "zod";
import { key } from "../messages/message-ref.ts";
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
  rectification: zText({ error: key("corrective.rectificationRequired") })
    .trim()
    .min(10, { error: key("corrective.rectificationMin") })
    .max(4000, { error: key("corrective.rectificationMax") }),
  evidence: zText({ error: key("corrective.evidenceRequired") })
    .trim()
    .min(5, { error: key("corrective.evidenceMin") })
    .max(4000, { error: key("corrective.evidenceMax") }),
});
export type TSubmitRectificationInput = z.infer<typeof ZSubmitRectificationInput>;

export const ZReviewRectificationInput = z
  .object({
    correctiveActionId: zId(),
    decision: z.enum(["VERIFY", "REJECT"]),
    comment: zText()
      .trim()
      .max(2000, { error: key("corrective.commentMax") })
      .default(""),
  })
  .refine((input) => input.decision === "VERIFY" || input.comment.length >= 5, {
    error: key("corrective.rejectNeedsReason"),
    path: ["comment"],
  });
export type TReviewRectificationInput = z.infer<typeof ZReviewRectificationInput>;
