import { z } from "zod";
import { key, type MessageKey } from "../messages/message-ref.ts";
import { zText } from "./fields.ts";

const optionalText = (max: number) =>
  zText()
    .trim()
    .max(max, { error: key("audit.textTooLong") })
    .optional()
    .transform((value) => (value ? value : undefined));

const optionalInstant = (error: MessageKey) => z.iso.datetime({ offset: true, error }).optional();

/** The audit log's filters: by actor (email), action, record (type and id) and time range. */
export const ZAuditLogFilter = z
  .object({
    actor: optionalText(254),
    action: optionalText(64),
    entityType: optionalText(64),
    entityId: optionalText(64),
    from: optionalInstant("audit.fromFormat"),
    to: optionalInstant("audit.toFormat"),
  })
  .refine((f) => !f.from || !f.to || !(Date.parse(f.from) > Date.parse(f.to)), {
    path: ["to"],
    message: key("audit.toBeforeFrom"),
  });
export type TAuditLogFilter = z.infer<typeof ZAuditLogFilter>;
/** The filter as a form sends it (empty fields may be left out). */
export type TAuditLogFilterInput = z.input<typeof ZAuditLogFilter>;

export const AUDIT_PAGE_SIZE = 100;

export const ZAuditLogInput = z.object({
  filter: ZAuditLogFilter,
  /** The id of the last entry already shown: the next page starts below it (newest first). */
  cursor: zText().regex(/^\d+$/).optional(),
});
export type TAuditLogInput = z.infer<typeof ZAuditLogInput>;
