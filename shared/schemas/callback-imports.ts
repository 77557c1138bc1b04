import { z } from "zod";
import { zId } from "./fields.ts";

export const ZImportIdInput = z.object({ importId: zId() });
export const ZImportProgressInput = z.object({ token: z.uuid() });

/** One problem of an uploaded file, by row and column (a column name or "(file)", "(header)"). */
export const ZImportError = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type TImportError = z.infer<typeof ZImportError>;

/**
 * What POST /api/callback-imports answers: the output contract of the one route outside tRPC that
 * returns data. JSON-safe (times as ISO strings); the client parses it with this schema.
 */
export const ZImportValidation = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("ALREADY_IMPORTED"),
    importId: z.number().int(),
    committedAt: z.iso.datetime().nullable(),
    insertedCount: z.number().int(),
    message: z.string(),
  }),
  z.object({
    status: z.enum(["VALIDATED", "REJECTED"]),
    importId: z.number().int(),
    fileName: z.string(),
    encoding: z.string(),
    rowCount: z.number().int(),
    errorCount: z.number().int(),
    errors: z.array(ZImportError),
    message: z.string(),
  }),
]);
export type TImportValidation = z.infer<typeof ZImportValidation>;
