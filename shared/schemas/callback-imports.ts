import { z } from "zod";

export const ZImportIdInput = z.object({ importId: z.number().int().positive() });
export const ZImportProgressInput = z.object({ token: z.uuid() });
