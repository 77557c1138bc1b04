import { z } from "zod";
import { zId } from "./fields.ts";
import { ZPeriodKey } from "./periods.ts";

export const ZScorecardInput = z.object({
  /** Defaults to the current (open) period. */
  periodKey: ZPeriodKey.optional(),
  regionId: zId().optional(),
});
export type TScorecardInput = z.infer<typeof ZScorecardInput>;

export const ZExplainInput = z.object({ centerId: zId(), periodKey: ZPeriodKey });
export type TExplainInput = z.infer<typeof ZExplainInput>;

export const ZPassRateTrendInput = z
  .object({ regionId: zId().optional(), periods: z.number().int().min(1).max(36).optional() })
  .default({});
