import { z } from "zod";
import { type MessageRef, worded } from "../messages/message-ref.ts";
import { ZMessageRef } from "../messages/message-schema.ts";
import { zId } from "./fields.ts";

export const ZImportIdInput = z.object({ importId: zId() });
export const ZImportProgressInput = z.object({ token: z.uuid() });

/**
 * One problem of an uploaded file, by row and column (a column name or "(file)", "(header)"): its
 * message as a key for the client to word, and in English for API callers.
 */
export const ZImportError = z.object({
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
  messageRef: ZMessageRef,
});
export type TImportError = z.infer<typeof ZImportError>;

export function importError(row: number, column: string, message: MessageRef): TImportError {
  return { row, column, ...worded(message) };
}

/**
 * What POST /api/callback-imports and /api/complaint-imports answer: the output contract of the
 * routes outside tRPC that return data. JSON-safe (times as ISO strings); the client parses it with this schema.
 */
export const ZImportValidation = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("ALREADY_IMPORTED"),
    importId: z.number().int(),
    committedAt: z.iso.datetime().nullable(),
    insertedCount: z.number().int(),
    message: z.string(),
    messageRef: ZMessageRef,
  }),
  z.object({
    status: z.enum(["VALIDATED", "REJECTED"]),
    importId: z.number().int(),
    fileName: z.string(),
    encoding: z.string(),
    rowCount: z.number().int(),
    errorCount: z.number().int(),
    /** Rows already stored (a complaint's ticket): skipped on commit, not stored twice. */
    alreadyStored: z.number().int(),
    errors: z.array(ZImportError),
    message: z.string(),
    messageRef: ZMessageRef,
  }),
]);
export type TImportValidation = z.infer<typeof ZImportValidation>;
