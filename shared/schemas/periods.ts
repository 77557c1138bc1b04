import { z } from "zod";
import { key } from "../messages/message-ref.ts";
import { zText } from "./fields.ts";

export const ZPeriodKey = zText({ error: key("period.required") }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
  error: key("period.format"),
});

export const ZReason = zText({ error: key("reason.required") })
  .trim()
  .min(5, { error: key("reason.min5") })
  .max(500, { error: key("reason.max") });

export const ZClosePeriodInput = z.object({ periodKey: ZPeriodKey });
export type TClosePeriodInput = z.infer<typeof ZClosePeriodInput>;

export const ZReopenPeriodInput = z.object({ periodKey: ZPeriodKey, reason: ZReason });
export type TReopenPeriodInput = z.infer<typeof ZReopenPeriodInput>;

export const ZSetFirstPeriodInput = z.object({ periodKey: ZPeriodKey });
export type TSetFirstPeriodInput = z.infer<typeof ZSetFirstPeriodInput>;
