import { z } from "zod";
import { key } from "../messages/message-ref.ts";
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
  itemCode: zText()
    .trim()
    .min(1, { error: key("report.answerNeedsItem") })
    .max(48),
  answer: z.enum(ANSWERS, { error: key("report.answerInvalid") }),
  note: zText()
    .trim()
    .max(500, { error: key("report.noteTooLong") })
    .optional(),
});
export type TReportAnswer = z.infer<typeof ZReportAnswer>;

const eventAt = z.iso
  .datetime({ offset: true, error: key("report.eventAtRequired") })
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
    centerId: zId(key("center.required")),
    eventAt,
    scenario: z.enum(VISIT_SCENARIOS, { error: key("report.scenarioRequired") }).optional(),
    footageRef: zText()
      .trim()
      .max(120, { error: key("report.footageRefTooLong") })
      .optional(),
    summary: zText()
      .trim()
      .max(2000, { error: key("report.summaryTooLong") })
      .optional(),
    answers: z.array(ZReportAnswer).max(200),
  })
  .superRefine((input, ctx) => {
    if (input.reportId !== undefined && input.revision === undefined) {
      ctx.addIssue({ code: "custom", path: ["revision"], message: key("report.revisionRequired") });
    }
    if (input.kind === "VISIT" && !input.scenario) {
      ctx.addIssue({ code: "custom", path: ["scenario"], message: key("report.scenarioRequired") });
    }
    if (input.kind === "SPOT_CHECK" && !input.footageRef) {
      ctx.addIssue({ code: "custom", path: ["footageRef"], message: key("report.footageRefRequired") });
    }
    const seen = new Set<string>();
    input.answers.forEach((answer, index) => {
      if (seen.has(answer.itemCode)) {
        ctx.addIssue({
          code: "custom",
          path: ["answers", index, "itemCode"],
          message: key("report.itemTwice"),
          params: { item: answer.itemCode },
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
  reason: zText({ error: key("reason.required") })
    .trim()
    .min(5, { error: key("reason.min5") })
    .max(500, { error: key("reason.max") }),
});
export type TVoidReportInput = z.infer<typeof ZVoidReportInput>;

export const REPORTS_PAGE_SIZE = 50;

export const ZListReportsInput = z
  .object({
    /** Only the caller's own reports (an auditor always gets only their own). */
    mine: z.boolean().optional(),
    status: z.enum(["DRAFT", "SUBMITTED", "VOIDED"]).optional(),
    kind: z.enum(REPORT_KINDS).optional(),
    centerId: zId().optional(),
    periodKey: zText()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: key("period.format") })
      .optional(),
    /** A center's code, or part of its name or city. */
    search: zText()
      .trim()
      .max(100, { error: key("center.searchTooLong") })
      .optional(),
    /** 1-based; REPORTS_PAGE_SIZE reports a page, newest first. */
    page: z.number().int().min(1).max(100_000).default(1),
  })
  .default({ page: 1 });
export type TListReportsInput = z.infer<typeof ZListReportsInput>;
export type TListReportsFilter = z.input<typeof ZListReportsInput>;

export const ZReportIdInput = z.object({ reportId: zId() });
export const ZChecklistInput = z.object({ kind: z.enum(REPORT_KINDS) });
