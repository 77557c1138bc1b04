// The one form helper: a form is the shared zod schema, react-hook-form, and this. The schema checks
// the form before any round trip, with the same rules and words the server uses; a refusal from the
// server puts its field errors on the same fields. Messages are worded in the user's language.
//
// Not @hookform/resolvers' zodResolver: it keeps only an issue's message, and the catalog's messages
// need the issue's parameters too (a bound: "at most {max} characters").
import {
  type DefaultValues,
  type FieldErrors,
  type FieldValues,
  type Resolver,
  useForm,
  type UseFormReturn,
} from "react-hook-form";
import type { z } from "zod";
import { refOfIssue } from "../../../shared/messages/zod-messages.ts";
import { messageText } from "./messages.ts";
import { refusalOf, type ServerRefusal } from "./server-errors.ts";

export interface SchemaFormOptions<Values extends FieldValues> {
  defaultValues: Values;
  /** From what the controls hold (text) to what the schema reads (numbers, instants), if they differ. */
  toInput?: (values: Values) => unknown;
}

export type SchemaForm<Values extends FieldValues, Output> = UseFormReturn<Values, unknown, Output>;

export function useSchemaForm<Values extends FieldValues, Output>(
  schema: z.ZodType<Output>,
  { defaultValues, toInput }: SchemaFormOptions<Values>,
): SchemaForm<Values, Output> {
  return useForm<Values, unknown, Output>({
    defaultValues: defaultValues as DefaultValues<Values>,
    resolver: schemaResolver(schema, toInput),
  });
}

function schemaResolver<Values extends FieldValues, Output>(
  schema: z.ZodType<Output>,
  toInput: ((values: Values) => unknown) | undefined,
): Resolver<Values, unknown, Output> {
  return async (values) => {
    const parsed = await schema.safeParseAsync(toInput ? toInput(values) : values);
    if (parsed.success) return { values: parsed.data, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      if (path.length === 0) continue;
      setAtPath(errors, path, { type: issue.code, message: messageText(refOfIssue(issue)) });
    }
    return { values: {}, errors: errors as FieldErrors<Values> };
  };
}

/** Sets a nested error where nothing is set yet: the first problem of a field is the one shown. */
function setAtPath(target: Record<string, unknown>, path: string[], error: { type: string; message: string }) {
  let node = target;
  for (const segment of path.slice(0, -1)) {
    const next = node[segment];
    if (typeof next !== "object" || next === null || "message" in next) node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  }
  const last = path.at(-1)!;
  node[last] ??= error;
}

/**
 * A refused call on the form: each field error at its field (paths such as "answers.2.itemCode");
 * a refusal that names no field, as the form's root error. Returns the refusal (its code: a
 * CONFLICT offers a reload).
 */
export function showRefusal<Values extends FieldValues, Output>(
  form: SchemaForm<Values, Output>,
  error: unknown,
): ServerRefusal {
  const refusal = refusalOf(error);
  const fields = Object.entries(refusal.fieldErrors);
  for (const [path, messages] of fields) form.setError(path as never, { type: "server", message: messages.join(" ") });
  if (fields.length === 0) form.setError("root.server", { type: refusal.code ?? "server", message: refusal.message });
  return refusal;
}

/** The error messages of one field, in the shape FormField takes. */
export function errorsAt<Values extends FieldValues, Output>(
  form: SchemaForm<Values, Output>,
  path: string,
): string[] | undefined {
  let node: unknown = form.formState.errors;
  for (const segment of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[segment];
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === "string" && message !== "" ? [message] : undefined;
}

/** The form's overall refusal (from the server), if any. */
export function formError<Values extends FieldValues, Output>(form: SchemaForm<Values, Output>): string | undefined {
  return form.formState.errors.root?.server?.message || undefined;
}

/** A number typed into a text control; NaN for an empty one, which the schema refuses in words. */
export function numberOrNaN(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text);
}
