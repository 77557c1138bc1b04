// The hotline's CSV export, read row by row (DOMAIN-2.md, Complaints: "imports under the
// callback-import rules"). Headers in English or Chinese; every value checked by the same field
// rules as a complaint recorded by hand (shared/schemas/complaints.ts), every problem reported with
// its row and column. Every row is a HOTLINE complaint, its reference the hotline's ticket number.
import type { z } from "zod";
import { type MessageRef, ref } from "../messages/message-ref.ts";
import { refOfIssue } from "../messages/zod-messages.ts";
import { ZWorkOrderNo } from "../schemas/callbacks.ts";
import { COMPLAINT_CATEGORIES, type ComplaintCategory, ZRecordComplaintInput } from "../schemas/complaints.ts";
import { parseCalledAt, type CenterLookup, type CellError } from "./callback-csv.ts";
import { type CsvColumns, type HeaderMap as CsvHeaderMap, mapCsvHeader } from "./csv-header.ts";
import { textProblem, textProblemMessage } from "./plain-text.ts";
import { checkRecordPeriod, type RecordPeriodContext } from "./record-period.ts";

export const COMPLAINT_CSV_COLUMNS = [
  "channelRef",
  "receivedAt",
  "centerCode",
  "workOrderNo",
  "category",
  "customerName",
  "customerPhone",
  "description",
] as const;
export type ComplaintCsvColumn = (typeof COMPLAINT_CSV_COLUMNS)[number];

export const COMPLAINT_CSV: CsvColumns<ComplaintCsvColumn> = {
  columns: COMPLAINT_CSV_COLUMNS,
  aliases: {
    channelRef: ["ticket_no", "ticket no", "reference", "channel_ref", "投诉单号", "来电编号", "投诉编号"],
    receivedAt: ["received_at", "received at", "call time", "来电时间", "受理时间", "投诉时间"],
    centerCode: ["center_code", "center code", "centercode", "服务中心编码", "网点编码"],
    workOrderNo: ["work_order_no", "work order no", "work_order", "维修工单号", "工单号"],
    category: ["category", "投诉类别", "投诉类型"],
    customerName: ["customer_name", "customer name", "customer", "客户姓名", "姓名"],
    customerPhone: ["customer_phone", "customer phone", "phone", "联系电话", "客户电话", "手机号"],
    description: ["description", "content", "投诉内容", "问题描述"],
  },
  required: ["channelRef", "receivedAt", "centerCode", "category", "customerName", "customerPhone", "description"],
};

export type ComplaintHeaderMap = CsvHeaderMap<ComplaintCsvColumn>;

export function mapComplaintHeader(header: readonly string[]): { map: ComplaintHeaderMap } | { error: MessageRef } {
  return mapCsvHeader(header, COMPLAINT_CSV);
}

/** A category by its code (ATTITUDE) or the words the hotline's system uses for it. */
const CATEGORY_WORDS: Record<string, ComplaintCategory> = {
  服务态度: "ATTITUDE",
  态度: "ATTITUDE",
  乱收费: "OVERCHARGE",
  收费不合理: "OVERCHARGE",
  非原厂配件: "NON_GENUINE_PART",
  假冒配件: "NON_GENUINE_PART",
  拒绝保修: "WARRANTY_REFUSED",
  维修质量: "REPAIR_QUALITY",
  等待时间: "WAITING_TIME",
  等待时间过长: "WAITING_TIME",
  其他: "OTHER",
};

export function parseCategory(text: string): ComplaintCategory | null {
  const value = text.trim();
  const code = value.toUpperCase();
  if ((COMPLAINT_CATEGORIES as readonly string[]).includes(code)) return code as ComplaintCategory;
  return CATEGORY_WORDS[value] ?? null;
}

export interface ComplaintRowContext extends RecordPeriodContext {
  centers: ReadonlyMap<string, CenterLookup>;
}

export interface ValidComplaintRow {
  channelRef: string;
  receivedAt: Date;
  periodKey: string;
  centerId: number;
  workOrderNo: string | null;
  category: ComplaintCategory;
  customerName: string;
  customerPhone: string;
  description: string;
}

const FIELDS = ZRecordComplaintInput.shape;

/** One data row: the stored shape, or every problem found in it (one per column). */
export function validateComplaintRow(
  record: readonly string[],
  header: ComplaintHeaderMap,
  context: ComplaintRowContext,
): { ok: true; row: ValidComplaintRow } | { ok: false; errors: CellError[] } {
  const errors: CellError[] = [];
  const fail = (column: ComplaintCsvColumn, message: MessageRef) =>
    errors.push({ column: header.label[column] ?? column, message });
  /** The cell's text, or null when it holds characters no text may (reported). */
  const cell = (column: ComplaintCsvColumn): string | null => {
    const index = header.index[column];
    const text = index === undefined ? "" : (record[index] ?? "");
    const problem = textProblem(text, { multiline: column === "description" });
    if (!problem) return text;
    fail(column, textProblemMessage(problem));
    return null;
  };
  /** The cell through the hand-recorded complaint's rule for the same field. */
  const field = <T>(column: ComplaintCsvColumn, schema: z.ZodType<T>): T | null => {
    const text = cell(column);
    if (text === null) return null;
    const parsed = schema.safeParse(text);
    if (parsed.success) return parsed.data;
    const [issue] = parsed.error.issues;
    if (issue) fail(column, refOfIssue(issue));
    return null;
  };

  const channelRef = field("channelRef", FIELDS.channelRef);

  let receivedAt: Date | null = null;
  let periodKey = "";
  const receivedText = cell("receivedAt");
  if (receivedText !== null) {
    const parsed = parseCalledAt(receivedText, context.timeZone);
    if (!parsed.ok) fail("receivedAt", parsed.message);
    else {
      const check = checkRecordPeriod(parsed.value, context);
      periodKey = check.periodKey;
      if (check.ok) receivedAt = parsed.value;
      else fail("receivedAt", check.message);
    }
  }

  let center: CenterLookup | undefined;
  const centerText = cell("centerCode");
  if (centerText !== null) {
    const code = centerText.trim().toUpperCase();
    center = context.centers.get(code);
    if (code === "") fail("centerCode", ref("csv.centerCodeEmpty"));
    else if (!center) fail("centerCode", ref("csv.centerUnknown", { code }));
  }

  const workOrderText = cell("workOrderNo");
  let workOrderNo: string | null = null;
  if (workOrderText !== null && workOrderText.trim() !== "") {
    workOrderNo = field("workOrderNo", ZWorkOrderNo)?.toUpperCase() ?? null;
  }

  let category: ComplaintCategory | null = null;
  const categoryText = cell("category");
  if (categoryText !== null) {
    category = parseCategory(categoryText);
    if (!category) fail("category", ref("csv.complaintCategory"));
  }

  const customerName = field("customerName", FIELDS.customerName);
  const customerPhone = field("customerPhone", FIELDS.customerPhone);
  const description = field("description", FIELDS.description);

  if (
    errors.length > 0 ||
    channelRef === null ||
    receivedAt === null ||
    !center ||
    !category ||
    customerName === null ||
    customerPhone === null ||
    description === null
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    row: {
      channelRef,
      receivedAt,
      periodKey,
      centerId: center.id,
      workOrderNo,
      category,
      customerName,
      customerPhone,
      description,
    },
  };
}
