import { z } from "zod";
import { zText } from "./fields.ts";

export const ZPeriodKey = zText({ error: "Enter a period as YYYY-MM." }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, {
  error: "A period is written YYYY-MM, e.g. 2026-10.",
});

export const ZReason = zText({ error: "Give a reason." })
  .trim()
  .min(5, { error: "Give a reason of at least 5 characters." })
  .max(500, { error: "A reason must be at most 500 characters." });

export const ZClosePeriodInput = z.object({ periodKey: ZPeriodKey });
export type TClosePeriodInput = z.infer<typeof ZClosePeriodInput>;

export const ZReopenPeriodInput = z.object({ periodKey: ZPeriodKey, reason: ZReason });
export type TReopenPeriodInput = z.infer<typeof ZReopenPeriodInput>;

export const ZSetFirstPeriodInput = z.object({ periodKey: ZPeriodKey });
export type TSetFirstPeriodInput = z.infer<typeof ZSetFirstPeriodInput>;
