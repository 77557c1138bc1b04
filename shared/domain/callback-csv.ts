// The call center's CSV export, read row by row (DOMAIN.md, Bad input): headers in English or
// Chinese, values checked one by one, every problem reported with its row and column.
import { CALLBACK_COMMENT_MAX_LENGTH, CALLBACK_MESSAGES, ratingProblem, workOrderProblem } from "./callback-rules.ts";
import { type MessageRef, ref } from "../messages/message-ref.ts";
import { type CsvColumns, type HeaderMap as CsvHeaderMap, mapCsvHeader } from "./csv-header.ts";
import { textProblem, textProblemMessage } from "./plain-text.ts";
import { checkRecordPeriod, type RecordPeriodContext } from "./record-period.ts";
import { localTimeToInstant } from "./zone-offset.ts";

export const CALLBACK_CSV_COLUMNS = [
  "workOrderNo",
  "centerCode",
  "calledAt",
  "outcome",
  "rating",
  "issueResolved",
  "priceExplained",
  "staffCourteous",
  "comment",
] as const;
export type CallbackCsvColumn = (typeof CALLBACK_CSV_COLUMNS)[number];

const REQUIRED: readonly CallbackCsvColumn[] = ["workOrderNo", "centerCode", "calledAt", "outcome", "rating"];

const HEADER_ALIASES: Record<CallbackCsvColumn, readonly string[]> = {
  workOrderNo: ["work_order_no", "work order no", "work_order", "workorderno", "工单号", "维修工单号"],
  centerCode: ["center_code", "center code", "centercode", "服务中心编码", "网点编码"],
  calledAt: ["called_at", "call time", "call_time", "calledat", "回访时间"],
  outcome: ["outcome", "call outcome", "回访结果"],
  rating: ["rating", "score", "评分", "满意度评分"],
  issueResolved: ["issue_resolved", "issue resolved", "问题已解决", "问题是否解决"],
  priceExplained: ["price_explained", "price explained", "事先说明价格", "价格是否事先说明"],
  staffCourteous: ["staff_courteous", "staff courteous", "服务态度好", "服务态度是否友好"],
  comment: ["comment", "comments", "备注", "客户意见"],
};

export const CALLBACK_CSV: CsvColumns<CallbackCsvColumn> = {
  columns: CALLBACK_CSV_COLUMNS,
  aliases: HEADER_ALIASES,
  required: REQUIRED,
};

export type HeaderMap = CsvHeaderMap<CallbackCsvColumn>;

export function mapHeader(header: readonly string[]): { map: HeaderMap } | { error: MessageRef } {
  return mapCsvHeader(header, CALLBACK_CSV);
}

export type ParsedOutcome = "REACHED" | "UNREACHABLE" | "REFUSED";

const OUTCOMES: Record<string, ParsedOutcome> = {
  reached: "REACHED",
  已接通: "REACHED",
  接通: "REACHED",
  unreachable: "UNREACHABLE",
  未接通: "UNREACHABLE",
  无人接听: "UNREACHABLE",
  refused: "REFUSED",
  拒绝: "REFUSED",
  拒访: "REFUSED",
};

const YES = new Set(["y", "yes", "true", "1", "是"]);
const NO = new Set(["n", "no", "false", "0", "否"]);

type Parsed<T> = { ok: true; value: T } | { ok: false; message: MessageRef };

export function parseOutcome(text: string): Parsed<ParsedOutcome> {
  const outcome = OUTCOMES[text.trim().toLowerCase()];
  return outcome ? { ok: true, value: outcome } : { ok: false, message: ref("csv.outcome") };
}

export function parseRating(text: string): Parsed<number | null> {
  const value = text.trim();
  if (value === "") return { ok: true, value: null };
  if (!/^[1-5]$/.test(value)) return { ok: false, message: CALLBACK_MESSAGES.ratingRange };
  return { ok: true, value: Number(value) };
}

export function parseYesNo(text: string): Parsed<boolean | null> {
  const value = text.trim().toLowerCase();
  if (value === "") return { ok: true, value: null };
  if (YES.has(value)) return { ok: true, value: true };
  if (NO.has(value)) return { ok: true, value: false };
  return { ok: false, message: ref("csv.yesNo") };
}

const LOCAL_TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** ISO 8601 with a zone, or a local "2026-10-31 14:30[:00]" read in the policy's time zone. */
export function parseCalledAt(text: string, timeZone: string): Parsed<Date> {
  const value = text.trim();
  const invalid = { ok: false, message: ref("csv.dateTime") } as const;
  if (ISO_WITH_ZONE.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? invalid : { ok: true, value: date };
  }
  const match = LOCAL_TIME.exec(value);
  if (!match) return invalid;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  // Reject 2026-02-30 and 25:00 rather than letting them roll over.
  const wall = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (wall.getUTCMonth() !== month - 1 || wall.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return invalid;
  }
  return { ok: true, value: new Date(localTimeToInstant({ year, month, day, hour, minute, second }, timeZone)) };
}

/** A center the user may import for (in their regions). */
export interface CenterLookup {
  id: number;
  revoked: boolean;
}

export interface RowContext extends RecordPeriodContext {
  centers: ReadonlyMap<string, CenterLookup>;
}

export interface ValidCallbackRow {
  workOrderNo: string;
  centerId: number;
  calledAt: Date;
  periodKey: string;
  outcome: ParsedOutcome;
  rating: number | null;
  issueResolved: boolean | null;
  priceExplained: boolean | null;
  staffCourteous: boolean | null;
  comment: string | null;
}

export interface CellError {
  column: string;
  message: MessageRef;
}

/** One data row: the stored shape, or every problem found in it (one per column). */
export function validateCallbackRow(
  record: readonly string[],
  header: HeaderMap,
  context: RowContext,
): { ok: true; row: ValidCallbackRow } | { ok: false; errors: CellError[] } {
  const errors: CellError[] = [];
  // One problem per column: the first one found is the one to fix.
  const failed = new Set<CallbackCsvColumn>();
  const fail = (column: CallbackCsvColumn, message: MessageRef) => {
    if (failed.has(column)) return;
    failed.add(column);
    errors.push({ column: header.label[column] ?? column, message });
  };
  const cell = (column: CallbackCsvColumn) => {
    const index = header.index[column];
    const text = index === undefined ? "" : (record[index] ?? "");
    const problem = textProblem(text, { multiline: column === "comment" });
    if (!problem) return text;
    fail(column, textProblemMessage(problem));
    return "";
  };
  const take = <T>(column: CallbackCsvColumn, parsed: Parsed<T>, fallback: T): T => {
    if (parsed.ok) return parsed.value;
    fail(column, parsed.message);
    return fallback;
  };

  const workOrderNo = cell("workOrderNo").trim().toUpperCase();
  const workOrder = workOrderProblem(workOrderNo);
  if (workOrder) fail("workOrderNo", workOrder);

  const centerCode = cell("centerCode").trim().toUpperCase();
  const center = context.centers.get(centerCode);
  if (centerCode === "") fail("centerCode", ref("csv.centerCodeEmpty"));
  else if (!center) fail("centerCode", ref("csv.centerUnknown", { code: centerCode }));
  else if (center.revoked) fail("centerCode", ref("csv.centerRevoked", { code: centerCode }));

  const calledAt = take("calledAt", parseCalledAt(cell("calledAt"), context.timeZone), null);
  let periodKey = "";
  if (calledAt) {
    const check = checkRecordPeriod(calledAt, context);
    periodKey = check.periodKey;
    if (!check.ok) fail("calledAt", check.message);
  }

  const outcome = take("outcome", parseOutcome(cell("outcome")), null);
  const rating = take("rating", parseRating(cell("rating")), null);
  // An unreadable rating was reported already (one problem per column).
  const ratingRule = outcome ? ratingProblem(outcome, rating) : null;
  if (ratingRule) fail("rating", ratingRule);

  const issueResolved = take("issueResolved", parseYesNo(cell("issueResolved")), null);
  const priceExplained = take("priceExplained", parseYesNo(cell("priceExplained")), null);
  const staffCourteous = take("staffCourteous", parseYesNo(cell("staffCourteous")), null);
  const comment = cell("comment").trim();
  if (comment.length > CALLBACK_COMMENT_MAX_LENGTH) fail("comment", CALLBACK_MESSAGES.commentTooLong);

  if (errors.length > 0 || !center || !calledAt || !outcome) return { ok: false, errors };
  const reached = outcome === "REACHED";
  return {
    ok: true,
    row: {
      workOrderNo,
      centerId: center.id,
      calledAt,
      periodKey,
      outcome,
      rating: reached ? rating : null,
      issueResolved: reached ? issueResolved : null,
      priceExplained: reached ? priceExplained : null,
      staffCourteous: reached ? staffCourteous : null,
      comment: comment === "" ? null : comment,
    },
  };
}
