import { z } from "zod";

export const CENTER_KINDS = ["DIRECT", "AUTHORIZED"] as const;
export type CenterKind = (typeof CENTER_KINDS)[number];

export const ZListCentersInput = z
  .object({
    search: z.string().trim().max(100, { error: "Search must be at most 100 characters." }).optional(),
    regionId: z.number().int().positive().optional(),
    kind: z.enum(CENTER_KINDS).optional(),
  })
  .default({});
export type TListCentersInput = z.infer<typeof ZListCentersInput>;

export const ZCenterIdInput = z.object({ centerId: z.number().int().positive() });
export type TCenterIdInput = z.infer<typeof ZCenterIdInput>;
