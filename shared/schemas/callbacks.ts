import { z } from "zod";

export const CALLBACK_OUTCOMES = ["REACHED", "UNREACHABLE", "REFUSED"] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

export const ZWorkOrderNo = z
  .string({ error: "Enter the work-order number." })
  .trim()
  .min(1, { error: "Enter the work-order number." })
  .max(40, { error: "A work-order number has at most 40 characters." })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_\-/]*$/, { error: "A work-order number uses letters, digits, '-', '_' or '/'." });

const yesNo = z.boolean().nullable().optional();

export const ZRecordCallbackInput = z
  .object({
    centerId: z.number({ error: "Choose a center." }).int().positive(),
    workOrderNo: ZWorkOrderNo,
    calledAt: z.iso
      .datetime({ offset: true, error: "Enter the call time as a date and time." })
      .transform((value) => new Date(value)),
    outcome: z.enum(CALLBACK_OUTCOMES, { error: "Choose the outcome: reached, unreachable or refused." }),
    rating: z
      .number({ error: "The rating is a whole number from 1 to 5." })
      .int({ error: "The rating is a whole number from 1 to 5." })
      .min(1, { error: "The rating is a whole number from 1 to 5." })
      .max(5, { error: "The rating is a whole number from 1 to 5." })
      .nullable()
      .optional(),
    issueResolved: yesNo,
    priceExplained: yesNo,
    staffCourteous: yesNo,
    comment: z.string().trim().max(1000, { error: "A comment has at most 1000 characters." }).optional(),
  })
  .superRefine((input, ctx) => {
    const rated = input.rating !== null && input.rating !== undefined;
    if (input.outcome === "REACHED" && !rated) {
      ctx.addIssue({ code: "custom", path: ["rating"], message: "A reached customer's rating (1–5) is required." });
    }
    if (input.outcome !== "REACHED" && rated) {
      ctx.addIssue({ code: "custom", path: ["rating"], message: "Only a reached customer can give a rating." });
    }
  });
export type TRecordCallbackInput = z.input<typeof ZRecordCallbackInput>;
export type TRecordCallbackParsed = z.output<typeof ZRecordCallbackInput>;
