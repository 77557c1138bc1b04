// The rules of one callback (DOMAIN.md, Callbacks and Bad input), in one place: the form's schema
// (shared/schemas/callbacks.ts) and the CSV import's row check (callback-csv.ts) both use them, so
// a rule and its wording cannot differ between the two ways a callback comes in.

import { type MessageRef, ref } from "../messages/message-ref.ts";

export const WORK_ORDER_MAX_LENGTH = 40;
const WORK_ORDER_CHARACTERS = /^[A-Za-z0-9][A-Za-z0-9_\-/]*$/;
export const CALLBACK_COMMENT_MAX_LENGTH = 1000;

export const CALLBACK_MESSAGES = {
  workOrderEmpty: ref("callback.workOrderEmpty"),
  workOrderTooLong: ref("callback.workOrderTooLong", { max: WORK_ORDER_MAX_LENGTH }),
  workOrderCharacters: ref("callback.workOrderCharacters"),
  ratingRange: ref("callback.ratingRange"),
  ratingRequired: ref("callback.ratingRequired"),
  ratingNotReached: ref("callback.ratingNotReached"),
  commentTooLong: ref("callback.commentTooLong", { max: CALLBACK_COMMENT_MAX_LENGTH }),
} as const satisfies Record<string, MessageRef>;

/** What is wrong with a (trimmed) work-order number, or null. */
export function workOrderProblem(workOrderNo: string): MessageRef | null {
  if (workOrderNo === "") return CALLBACK_MESSAGES.workOrderEmpty;
  if (workOrderNo.length > WORK_ORDER_MAX_LENGTH) return CALLBACK_MESSAGES.workOrderTooLong;
  if (!WORK_ORDER_CHARACTERS.test(workOrderNo)) return CALLBACK_MESSAGES.workOrderCharacters;
  return null;
}

export function isRating(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

/** A reached customer gives a rating; nobody else does. */
export function ratingProblem(outcome: string, rating: number | null | undefined): MessageRef | null {
  const rated = rating !== null && rating !== undefined;
  if (outcome === "REACHED" && !rated) return CALLBACK_MESSAGES.ratingRequired;
  if (outcome !== "REACHED" && rated) return CALLBACK_MESSAGES.ratingNotReached;
  return null;
}
