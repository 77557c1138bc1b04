import { z } from "zod";
import { zId, zText } from "./fields.ts";

export const REPORT_KINDS = ["VISIT", "SPOT_CHECK"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** What the mystery shopper came in with. */
export const VISIT_SCENARIOS = [
  "SCREEN_REPAIR",
  "BATTERY_REPLACEMENT",
  "SOFTWARE_ISSUE",
  "WATER_DAMAGE",
  "CAMERA_REPAIR",
] as const;

export const ANSWERS = ["PASS", "FAIL", "NA"] as const;

export const ZReportAnswer = z.object({
  itemCode: zText().trim().min(1, { error: "An answer must name its checklist item." }).max(48),
  answer: z.enum(ANSWERS, { error: "Answer PASS, FAIL or N/A." }),
  note: zText().trim().max(500, { error: "A note has at most 500 characters." }).optional(),
});
export type TReportAnswer = z.infer<typeof ZReportAnswer>;

const eventAt = z.iso
  .datetime({ offset: true, error: "Enter the date and time." })
  .transform((value) => new Date(value));

/**
 * A draft as the form saves it: answers may be partial. `reportId` and `revision` are absent for a
 * new draft; an edit names the revision it started from (optimistic concurrency).
 */
export const ZSaveReportInput = z
  .object({
    reportId: zId().optional(),
    revision: zId().optional(),
    kind: z.enum(REPORT_KINDS),
    centerId: zId("Choose a center."),
    eventAt,
    scenario: z.enum(VISIT_SCENARIOS, { error: "Choose the visit scenario." }).optional(),
    footageRef: zText()
      .trim()
      .max(120, { error: "The camera/recording reference has at most 120 characters." })
      .optional(),
    summary: zText().trim().max(2000, { error: "The summary has at most 2000 characters." }).optional(),
    answers: z.array(ZReportAnswer).max(200),
  })
  .superRefine((input, ctx) => {
    if (input.reportId !== undefined && input.revision === undefined) {
      ctx.addIssue({ code: "custom", path: ["revision"], message: "An edit must say which revision it started from." });
    }
    if (input.kind === "VISIT" && !input.scenario) {
      ctx.addIssue({ code: "custom", path: ["scenario"], message: "Choose the visit scenario." });
    }
    if (input.kind === "SPOT_CHECK" && !input.footageRef) {
      ctx.addIssue({ code: "custom", path: ["footageRef"], message: "Enter the camera or recording reference." });
    }
    const seen = new Set<string>();
    input.answers.forEach((answer, index) => {
      if (seen.has(answer.itemCode)) {
        ctx.addIssue({
          code: "custom",
          path: ["answers", index, "itemCode"],
          message: `${answer.itemCode} is answered twice.`,
        });
      }
      seen.add(answer.itemCode);
    });
  });
export type TSaveReportInput = z.input<typeof ZSaveReportInput>;
export type TSaveReportParsed = z.output<typeof ZSaveReportInput>;

export const ZSubmitReportInput = z.object({
  reportId: zId(),
  revision: zId(),
});
export type TSubmitReportInput = z.infer<typeof ZSubmitReportInput>;

export const ZVoidReportInput = z.object({
  reportId: zId(),
  reason: zText({ error: "Give a reason." })
    .trim()
    .min(5, { error: "Give a reason of at least 5 characters." })
    .max(500, { error: "A reason must be at most 500 characters." }),
});
export type TVoidReportInput = z.infer<typeof ZVoidReportInput>;

export const ZListReportsInput = z
  .object({
    /** Only the caller's own reports (an auditor always gets only their own). */
    mine: z.boolean().optional(),
    status: z.enum(["DRAFT", "SUBMITTED", "VOIDED"]).optional(),
    kind: z.enum(REPORT_KINDS).optional(),
    centerId: zId().optional(),
    periodKey: zText()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "A period is written YYYY-MM." })
      .optional(),
  })
  .default({});
export type TListReportsInput = z.infer<typeof ZListReportsInput>;

export const ZReportIdInput = z.object({ reportId: zId() });
export const ZChecklistInput = z.object({ kind: z.enum(REPORT_KINDS) });
