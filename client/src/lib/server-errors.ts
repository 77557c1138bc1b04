// What the server said about a refused call, in the shape forms use: a message, and field errors
// keyed by the input path ("answers.2.itemCode"), as the server's errorFormatter sends them.
import { TRPCClientError } from "@trpc/client";
import { z } from "zod";

export interface ServerRefusal {
  message: string;
  fieldErrors: Record<string, string[]>;
  code: string | null;
}

export function refusalOf(error: unknown): ServerRefusal {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<never>).data as
      { fieldErrors?: Record<string, string[] | undefined> | null; code?: string } | undefined;
    const fieldErrors: Record<string, string[]> = {};
    for (const [key, value] of Object.entries(data?.fieldErrors ?? {})) if (value) fieldErrors[key] = value;
    return { message: error.message, fieldErrors, code: data?.code ?? null };
  }
  return { message: error instanceof Error ? error.message : String(error), fieldErrors: {}, code: null };
}

/** The same shape for a form's own check with the shared schema, before any round trip. */
export function fieldErrorsOfSchema(error: z.ZodError): Record<string, string[]> {
  const flattened = z.flattenError(error).fieldErrors as Record<string, string[] | undefined>;
  const result: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(flattened)) if (value) result[key] = value;
  return result;
}
