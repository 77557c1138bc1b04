import { z } from "zod";
import { key } from "../messages/message-ref.ts";
import { zText } from "./fields.ts";
import { REPORT_KINDS } from "./reports.ts";

const label = (language: "Zh" | "En") =>
  zText({ error: key(`checklist.label${language}Required`) })
    .trim()
    .min(1, { error: key(`checklist.label${language}Required`) })
    .max(200, { error: key(`checklist.label${language}TooLong`) });

export const ZChecklistItemInput = z.object({
  code: zText({ error: key("checklist.codeRequired") })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][A-Z0-9_]{1,47}$/, { error: key("checklist.codeFormat") }),
  labelZh: label("Zh"),
  labelEn: label("En"),
  weight: z
    .number({ error: key("checklist.weight") })
    .int({ error: key("checklist.weight") })
    .min(1, { error: key("checklist.weight") })
    .max(100, { error: key("checklist.weight") }),
  critical: z.boolean(),
});
export type TChecklistItemInput = z.infer<typeof ZChecklistItemInput>;

/** Editing a template writes a new version: reports keep the version they were filled in with. */
export const ZCreateChecklistVersionInput = z.object({
  kind: z.enum(REPORT_KINDS),
  items: z
    .array(ZChecklistItemInput)
    .min(1, { error: key("checklist.itemsRequired") })
    .max(200, { error: key("checklist.itemsTooMany") })
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((item, index) => {
        if (seen.has(item.code))
          ctx.addIssue({
            code: "custom",
            path: [index, "code"],
            message: key("checklist.codeTwice"),
            params: { code: item.code },
          });
        seen.add(item.code);
      });
    }),
});
export type TCreateChecklistVersionInput = z.infer<typeof ZCreateChecklistVersionInput>;
