import { z } from "zod";
import { zId } from "./fields.ts";

export const ZImportIdInput = z.object({ importId: zId() });
export const ZImportProgressInput = z.object({ token: z.uuid() });
