// The inbox's inputs (DOMAIN-2.md, Notifications).
import { z } from "zod";
import { zId } from "./fields.ts";

export const INBOX_PAGE_SIZE = 30;

export const ZListInboxInput = z.object({ unreadOnly: z.boolean().default(false) }).default({ unreadOnly: false });
export type TListInboxInput = z.infer<typeof ZListInboxInput>;

/** Mark some messages read, or all of them (ids left out). */
export const ZMarkReadInput = z.object({ ids: z.array(zId()).max(200).optional() }).default({});
export type TMarkReadInput = z.infer<typeof ZMarkReadInput>;
