// Answers against the checklist version a report was filled with (DOMAIN.md, Scoring): unknown
// items are refused by name (draft or not); a submission must cover every item, and not all N/A.
import type { TReportAnswer } from "../../../shared/schemas/reports.ts";
import { type FieldMessages, ref } from "../../../shared/messages/message-ref.ts";
import { DomainError, fieldError } from "../../errors.ts";

interface Item {
  id: number;
  code: string;
}

/** The answers mapped to item ids; an unknown item code is an error at its own field. */
export function matchAnswersToItems(answers: readonly TReportAnswer[], items: readonly Item[], version: number) {
  const byCode = new Map(items.map((item) => [item.code, item]));
  const fieldErrors: FieldMessages = {};
  const matched = answers.flatMap((answer, index) => {
    const item = byCode.get(answer.itemCode);
    if (item) return [{ ...answer, itemId: item.id }];
    fieldErrors[`answers.${index}.itemCode`] = [ref("report.itemNotOnChecklist", { item: answer.itemCode, version })];
    return [];
  });
  if (Object.keys(fieldErrors).length > 0) {
    const codes = answers.filter((a) => !byCode.has(a.itemCode)).map((a) => a.itemCode);
    throw new DomainError("BAD_REQUEST", ref("report.unknownItems", { items: codes.join(", ") }), fieldErrors);
  }
  return matched;
}

export function assertCompleteForSubmission(
  answers: readonly { itemCode: string; answer: "PASS" | "FAIL" | "NA" }[],
  items: readonly Item[],
): void {
  const answered = new Set(answers.map((a) => a.itemCode));
  const missing = items.filter((item) => !answered.has(item.code)).map((item) => item.code);
  if (missing.length > 0) {
    throw fieldError("BAD_REQUEST", "answers", "report.missingAnswers", { items: missing.join(", ") });
  }
  if (answers.every((a) => a.answer === "NA")) {
    throw fieldError("BAD_REQUEST", "answers", "report.allNotApplicable");
  }
}
