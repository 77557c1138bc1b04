// The ledger as a CSV file: the same filters as the screen, every matching penalty, formula-safe
// (shared/domain/csv-export.ts), columns in the reader's language, times in the network's zone.
import { toCsv } from "../../../shared/domain/csv-export.ts";
import { formatLocalInstant, localDateOf } from "../../../shared/domain/periods.ts";
import { type MessageLocale, messageLocaleOf, ref, renderMessage } from "../../../shared/messages/message-ref.ts";
import { parseStoredMessage } from "../../../shared/messages/message-schema.ts";
import type { TPenaltyLedgerCsvInput } from "../../../shared/schemas/penalties.ts";
import type { SessionUser } from "../../context.ts";
import type { DbReader } from "../../db/create-database.ts";
import { networkTimeZone } from "../policy/policy-record.ts";
import { penaltyWhere } from "./list-penalties.ts";
import { penaltySelect } from "./penalty-view.ts";

const HEADERS = {
  en: [
    "id",
    "period",
    "center_code",
    "center_name",
    "partner",
    "kind",
    "status",
    "basis",
    "amount_yuan",
    "grade_from",
    "grade_to",
    "reason",
    "proposed_at",
    "decided_at",
    "payment_ref",
  ],
  "zh-CN": [
    "编号",
    "期间",
    "服务中心编码",
    "服务中心名称",
    "合作伙伴",
    "处罚类型",
    "状态",
    "依据",
    "金额（元）",
    "原等级",
    "新等级",
    "原因",
    "提出时间",
    "决定时间",
    "付款凭证号",
  ],
} as const;

export async function penaltyLedgerCsv(
  db: DbReader,
  user: SessionUser,
  input: TPenaltyLedgerCsvInput,
  now = new Date(),
) {
  const locale: MessageLocale = messageLocaleOf(input.language);
  const timeZone = await networkTimeZone(db);
  const rows = await db.penalty.findMany({
    where: penaltyWhere(user, input),
    select: penaltySelect,
    orderBy: [{ proposedAt: "asc" }, { id: "asc" }],
  });
  const word = (key: Parameters<typeof ref>[0]) => renderMessage(ref(key), locale);
  const csv = toCsv(
    HEADERS[locale],
    rows.map((p) => [
      p.id,
      p.periodKey,
      p.center.code,
      p.center.name,
      p.center.partnerName,
      word(`word.penaltyKind.${p.kind}`),
      word(`word.penaltyStatus.${p.status}`),
      word(`word.penaltyBasis.${p.basis}`),
      p.amountYuan,
      p.gradeFrom,
      p.gradeTo,
      storedText(p.reason, locale),
      formatLocalInstant(p.proposedAt, timeZone),
      p.decidedAt && formatLocalInstant(p.decidedAt, timeZone),
      p.paymentRef,
    ]),
  );
  return { fileName: `penalties-${localDateOf(now, timeZone)}.csv`, csv };
}

/** A reason the system wrote as a message key (the counterfeit rule's) is worded; a person's stays. */
function storedText(reason: string, locale: MessageLocale): string {
  const message = parseStoredMessage(reason);
  return message ? renderMessage(message, locale) : reason;
}
