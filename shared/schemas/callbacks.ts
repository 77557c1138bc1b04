import { z } from "zod";
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

export const ZWorkOrderNo = zText({ error: CALLBACK_MESSAGES.workOrderEmpty })
  .trim()
  .check((ctx) => {
    const problem = workOrderProblem(ctx.value);
    if (problem) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
  });

const yesNo = z.boolean().nullable().optional();

export const ZRecordCallbackInput = z
  .object({
    centerId: zId("Choose a center."),
    workOrderNo: ZWorkOrderNo,
    calledAt: z.iso
      .datetime({ offset: true, error: "Enter the call time as a date and time." })
      .transform((value) => new Date(value)),
    outcome: z.enum(CALLBACK_OUTCOMES, { error: "Choose the outcome: reached, unreachable or refused." }),
    rating: z
      .number({ error: CALLBACK_MESSAGES.ratingRange })
      .refine(isRating, { error: CALLBACK_MESSAGES.ratingRange })
      .nullable()
      .optional(),
    issueResolved: yesNo,
    priceExplained: yesNo,
    staffCourteous: yesNo,
    comment: zText().trim().max(CALLBACK_COMMENT_MAX_LENGTH, { error: CALLBACK_MESSAGES.commentTooLong }).optional(),
  })
  .superRefine((input, ctx) => {
    const problem = ratingProblem(input.outcome, input.rating);
    if (problem) ctx.addIssue({ code: "custom", path: ["rating"], message: problem });
  });
export type TRecordCallbackInput = z.input<typeof ZRecordCallbackInput>;
export type TRecordCallbackParsed = z.output<typeof ZRecordCallbackInput>;
