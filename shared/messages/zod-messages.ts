// Zod issues as message refs. The shared schemas put a catalog key in each `error`/`message` and any
// parameters in a custom issue's `params`; a bound (min/max) comes from the issue itself.
import type { z } from "zod";
import {
  type FieldMessages,
  isMessageKey,
  type MessageKey,
  type MessageParams,
  type MessageRef,
} from "./message-ref.ts";

export function refOfIssue(issue: z.core.$ZodIssue): MessageRef {
  const params: MessageParams = {};
  if (issue.code === "custom" && issue.params) {
    for (const [name, value] of Object.entries(issue.params))
      if (typeof value === "string" || typeof value === "number") params[name] = value;
  }
  if (issue.code === "too_big") params.max = Number(issue.maximum);
  if (issue.code === "too_small") params.min = Number(issue.minimum);
  const messageKey = isMessageKey(issue.message) ? issue.message : fallbackKey(issue);
  return Object.keys(params).length > 0 ? { key: messageKey, params } : { key: messageKey };
}

/** The words for a rule a schema states without its own (a bound, a type, an option list). */
function fallbackKey(issue: z.core.$ZodIssue): MessageKey {
  switch (issue.code) {
    case "too_big":
      return issue.origin === "string" ? "input.tooLong" : "input.tooBig";
    case "too_small":
      return issue.origin === "string" ? "input.tooShort" : "input.tooSmall";
    case "invalid_type":
      return "input.wrongType";
    case "invalid_value":
      return "input.notAnOption";
    default:
      return "input.invalid";
  }
}

/** Messages per field, keyed by the first segment of the issue's path (as z.flattenError does). */
export function fieldMessagesOfZod(error: z.ZodError): FieldMessages {
  const fields: FieldMessages = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field === undefined) continue;
    (fields[String(field)] ??= []).push(refOfIssue(issue));
  }
  return fields;
}
