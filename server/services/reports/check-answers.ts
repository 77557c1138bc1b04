// Answers against the checklist version a report was filled with (DOMAIN.md, Scoring): unknown
// items are refused by name (draft or not); a submission must cover every item, and not all N/A.
import type { TReportAnswer } from "../../../shared/schemas/reports.ts";
import { DomainError } from "../../errors.ts";

interface Item {
  id: number;
  code: string;
}

/** The answers mapped to item ids; an unknown item code is an error at its own field. */
export function matchAnswersToItems(answers: readonly TReportAnswer[], items: readonly Item[], version: number) {
  const byCode = new Map(items.map((item) => [item.code, item]));
  const fieldErrors: Record<string, string[]> = {};
  const matched = answers.flatMap((answer, index) => {
    const item = byCode.get(answer.itemCode);
    if (item) return [{ ...answer, itemId: item.id }];
    fieldErrors[`answers.${index}.itemCode`] = [
      `${answer.itemCode} is not an item of this checklist (version ${version}).`,
    ];
    return [];
  });
  if (Object.keys(fieldErrors).length > 0) {
    const codes = answers.filter((a) => !byCode.has(a.itemCode)).map((a) => a.itemCode);
    throw new DomainError("BAD_REQUEST", `Unknown checklist item(s): ${codes.join(", ")}.`, fieldErrors);
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
    const message = `Answer every item before submitting; missing: ${missing.join(", ")}.`;
    throw new DomainError("BAD_REQUEST", message, { answers: [message] });
  }
  if (answers.every((a) => a.answer === "NA")) {
    const message = "A report whose items are all N/A cannot be submitted.";
    throw new DomainError("BAD_REQUEST", message, { answers: [message] });
  }
}
