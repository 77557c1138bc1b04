import { z } from "zod";
import { ZPeriodKey } from "./periods.ts";

export const ZScorecardInput = z.object({
  /** Defaults to the current (open) period. */
  periodKey: ZPeriodKey.optional(),
  regionId: z.number().int().positive().optional(),
});
export type TScorecardInput = z.infer<typeof ZScorecardInput>;

export const ZExplainInput = z.object({ centerId: z.number().int().positive(), periodKey: ZPeriodKey });
export type TExplainInput = z.infer<typeof ZExplainInput>;

export const ZPassRateTrendInput = z
  .object({ regionId: z.number().int().positive().optional(), periods: z.number().int().min(1).max(36).optional() })
  .default({});
