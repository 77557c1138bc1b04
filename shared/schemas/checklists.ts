import { z } from "zod";
import { zText } from "./fields.ts";
import { REPORT_KINDS } from "./reports.ts";

const label = (field: string) =>
  zText({ error: `${field} is required.` })
    .trim()
    .min(1, { error: `${field} is required.` })
    .max(200, { error: `${field} must be at most 200 characters.` });

export const ZChecklistItemInput = z.object({
  code: zText({ error: "Code is required." })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][A-Z0-9_]{1,47}$/, { error: "Code must be 2–48 capitals, digits or underscores, e.g. PRICE_LIST." }),
  labelZh: label("Chinese label"),
  labelEn: label("English label"),
  weight: z
    .number({ error: "Weight must be a whole number from 1 to 100." })
    .int({ error: "Weight must be a whole number from 1 to 100." })
    .min(1, { error: "Weight must be a whole number from 1 to 100." })
    .max(100, { error: "Weight must be a whole number from 1 to 100." }),
  critical: z.boolean(),
});
export type TChecklistItemInput = z.infer<typeof ZChecklistItemInput>;

/** Editing a template writes a new version: reports keep the version they were filled in with. */
export const ZCreateChecklistVersionInput = z.object({
  kind: z.enum(REPORT_KINDS),
  items: z
    .array(ZChecklistItemInput)
    .min(1, { error: "A checklist needs at least one item." })
    .max(200, { error: "A checklist has at most 200 items." })
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        if (seen.has(item.code))
          ctx.addIssue({ code: "custom", path: [index, "code"], message: `Code ${item.code} is used twice.` });
        seen.add(item.code);
      });
    }),
});
export type TCreateChecklistVersionInput = z.infer<typeof ZCreateChecklistVersionInput>;
