import { z } from "zod";
import { key } from "../messages/message-ref.ts";
import { zId, zText } from "./fields.ts";
import {
  CALLBACK_COMMENT_MAX_LENGTH,
  CALLBACK_MESSAGES,
  isRating,
  ratingProblem,
  workOrderProblem,
} from "../domain/callback-rules.ts";

export const CALLBACK_OUTCOMES = ["REACHED", "UNREACHABLE", "REFUSED"] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

export const ZWorkOrderNo = zText({ error: CALLBACK_MESSAGES.workOrderEmpty.key })
  .trim()
  .check((ctx) => {
    const problem = workOrderProblem(ctx.value);
    if (problem) ctx.issues.push({ code: "custom", message: problem.key, params: problem.params, input: ctx.value });
  });

const yesNo = z.boolean().nullable().optional();

export const ZRecordCallbackInput = z
  .object({
    centerId: zId(key("center.required")),
    workOrderNo: ZWorkOrderNo,
    calledAt: z.iso
      .datetime({ offset: true, error: key("callback.calledAtRequired") })
      .transform((value) => new Date(value)),
    outcome: z.enum(CALLBACK_OUTCOMES, { error: key("callback.outcomeRequired") }),
    rating: z
      .number({ error: CALLBACK_MESSAGES.ratingRange.key })
      .refine(isRating, { error: CALLBACK_MESSAGES.ratingRange.key })
      .nullable()
      .optional(),
    issueResolved: yesNo,
    priceExplained: yesNo,
    staffCourteous: yesNo,
    comment: zText()
      .trim()
      .max(CALLBACK_COMMENT_MAX_LENGTH, { error: CALLBACK_MESSAGES.commentTooLong.key })
      .optional(),
  })
  .superRefine((input, ctx) => {
    const problem = ratingProblem(input.outcome, input.rating);
    if (problem) ctx.addIssue({ code: "custom", path: ["rating"], message: problem.key });
  });
export type TRecordCallbackInput = z.input<typeof ZRecordCallbackInput>;
export type TRecordCallbackParsed = z.output<typeof ZRecordCallbackInput>;
