// The complaints desk's inputs (DOMAIN-2.md, Complaints and the 24-hour rule).
import { z } from "zod";
import { CLOCK_STATES } from "../domain/complaint-clock.ts";
import { normalizeCustomerPhone } from "../domain/customer-phone.ts";
import { key } from "../messages/message-ref.ts";
import { ZWorkOrderNo } from "./callbacks.ts";
import { zId, zText } from "./fields.ts";
import { onlyWhenValid } from "./refinements.ts";

export const COMPLAINT_CHANNELS = ["HOTLINE", "APP", "SOCIAL_MEDIA", "EMAIL", "CALLBACK", "OTHER"] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export const COMPLAINT_CATEGORIES = [
  "ATTITUDE",
  "OVERCHARGE",
  "NON_GENUINE_PART",
  "WARRANTY_REFUSED",
  "REPAIR_QUALITY",
  "WAITING_TIME",
  "OTHER",
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];
export const COMPLAINT_STATUSES = ["NEW", "IN_PROGRESS", "AWAITING_CENTER", "RESOLVED"] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_FINDINGS = ["UPHELD", "NOT_UPHELD", "WITHDRAWN"] as const;
export const COMPLAINT_REMEDIES = ["NONE", "REFUND", "RE_REPAIR", "COMPENSATION"] as const;

/** The largest sum of money the desk records (yuan): the fine limit, also for a customer's remedy. */
export const MAX_YUAN = 1_000_000;
export const CHANNEL_REF_MAX_LENGTH = 64;
/** Days after resolving within which a complaint can be reopened. */
export const REOPEN_DAYS = 30;

const CHANNEL_REF_CHARACTERS = /^[A-Za-z0-9][A-Za-z0-9_\-/.:#]*$/;

export const ZChannelRef = zText({ error: key("complaint.channelRefRequired") })
  .trim()
  .min(1, { error: key("complaint.channelRefRequired") })
  .max(CHANNEL_REF_MAX_LENGTH, { error: key("complaint.channelRefTooLong") })
  .regex(CHANNEL_REF_CHARACTERS, { error: key("complaint.channelRefCharacters") });

export const ZCustomerPhone = zText({ error: key("complaint.phoneRequired") })
  .trim()
  .min(1, { error: key("complaint.phoneRequired") })
  .max(32, { error: key("complaint.phoneInvalid") })
  .transform((typed, ctx) => {
    const digits = normalizeCustomerPhone(typed);
    if (digits === null) ctx.issues.push({ code: "custom", message: key("complaint.phoneInvalid"), input: typed });
    return digits ?? "";
  });

/** Whole yuan from 1 to MAX_YUAN. */
export function zYuan(message: Parameters<typeof key>[0]) {
  return z
    .number({ error: message })
    .int({ error: message })
    .min(1, { error: message })
    .max(MAX_YUAN, { error: message });
}

const ZNote = (required: Parameters<typeof key>[0]) =>
  zText({ error: key(required) })
    .trim()
    .min(2, { error: key(required) })
    .max(2000, { error: key("complaint.noteTooLong") });

export const ZRecordComplaintInput = z.object({
  channel: z.enum(COMPLAINT_CHANNELS, { error: key("complaint.channelRequired") }),
  channelRef: ZChannelRef,
  receivedAt: z.iso
    .datetime({ offset: true, error: key("complaint.receivedAtRequired") })
    .transform((value) => new Date(value)),
  centerId: zId(key("center.required")),
  workOrderNo: z.union([z.literal(""), ZWorkOrderNo]).optional(),
  category: z.enum(COMPLAINT_CATEGORIES, { error: key("complaint.categoryRequired") }),
  customerName: zText({ error: key("complaint.customerNameRequired") })
    .trim()
    .min(1, { error: key("complaint.customerNameRequired") })
    .max(60, { error: key("complaint.customerNameTooLong") }),
  customerPhone: ZCustomerPhone,
  description: zText({ error: key("complaint.descriptionRequired") })
    .trim()
    .min(5, { error: key("complaint.descriptionMin") })
    .max(2000, { error: key("complaint.descriptionMax") }),
});
export type TRecordComplaintInput = z.input<typeof ZRecordComplaintInput>;
export type TRecordComplaintParsed = z.output<typeof ZRecordComplaintInput>;

/** The queue: open complaints by default, most urgent first. */
export const ZListComplaintsInput = z
  .object({
    scope: z.enum(["OPEN", "RESOLVED", "ALL"]).default("OPEN"),
    clock: z.enum(CLOCK_STATES).optional(),
    channel: z.enum(COMPLAINT_CHANNELS).optional(),
    category: z.enum(COMPLAINT_CATEGORIES).optional(),
    regionId: zId().optional(),
    centerId: zId().optional(),
    /** A channel's reference (a hotline ticket): found whatever its status, the scope aside. */
    reference: zText({ error: key("complaint.channelRefTooLong") })
      .trim()
      .max(CHANNEL_REF_MAX_LENGTH, { error: key("complaint.channelRefTooLong") })
      .optional(),
    page: z.number().int().min(1).max(100_000).default(1),
  })
  .default({ scope: "OPEN", page: 1 });
export type TListComplaintsInput = z.infer<typeof ZListComplaintsInput>;
export const COMPLAINTS_PAGE_SIZE = 50;

export const ZComplaintIdInput = z.object({ complaintId: zId() });
export type TComplaintIdInput = z.infer<typeof ZComplaintIdInput>;

export const ZComplaintNoteInput = z.object({ complaintId: zId(), note: ZNote("complaint.noteRequired") });
export type TComplaintNoteInput = z.infer<typeof ZComplaintNoteInput>;

export const ZResolveComplaintInput = z
  .object({
    complaintId: zId(),
    finding: z.enum(COMPLAINT_FINDINGS, { error: key("complaint.findingRequired") }),
    remedy: z.enum(COMPLAINT_REMEDIES, { error: key("complaint.remedyRequired") }),
    compensationYuan: zYuan("complaint.compensationRange").nullable().optional(),
    /** What the customer paid for a part found counterfeit: the compensation is three times it. */
    counterfeitPartYuan: zYuan("complaint.partPriceRange").nullable().optional(),
    resolution: ZNote("complaint.resolutionRequired"),
  })
  .superRefine(
    (input, ctx) => {
      const counterfeit = input.counterfeitPartYuan != null;
      if (counterfeit && input.finding !== "UPHELD")
        ctx.addIssue({
          code: "custom",
          path: ["counterfeitPartYuan"],
          message: key("complaint.counterfeitNeedsUpheld"),
        });
      if (input.remedy === "COMPENSATION" && input.compensationYuan == null && !counterfeit)
        ctx.addIssue({ code: "custom", path: ["compensationYuan"], message: key("complaint.compensationRequired") });
      if (input.remedy !== "COMPENSATION" && (input.compensationYuan != null || counterfeit))
        ctx.addIssue({ code: "custom", path: ["remedy"], message: key("complaint.compensationNeedsRemedy") });
    },
    onlyWhenValid(["finding", "remedy", "compensationYuan", "counterfeitPartYuan"]),
  );
export type TResolveComplaintInput = z.infer<typeof ZResolveComplaintInput>;

export const ZDeskDashboardInput = z
  .object({ regionId: zId().optional(), channel: z.enum(COMPLAINT_CHANNELS).optional() })
  .default({});
export type TDeskDashboardInput = z.infer<typeof ZDeskDashboardInput>;
