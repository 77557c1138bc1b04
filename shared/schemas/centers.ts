import { z } from "zod";
import { zId, zText } from "./fields.ts";
import { onlyWhenValid } from "./refinements.ts";

export const CENTER_KINDS = ["DIRECT", "AUTHORIZED"] as const;
export type CenterKind = (typeof CENTER_KINDS)[number];

export const ZListCentersInput = z
  .object({
    search: zText().trim().max(100, { error: "Search must be at most 100 characters." }).optional(),
    regionId: zId().optional(),
    kind: z.enum(CENTER_KINDS).optional(),
  })
  .default({});
export type TListCentersInput = z.infer<typeof ZListCentersInput>;

export const ZCenterIdInput = z.object({ centerId: zId() });
export type TCenterIdInput = z.infer<typeof ZCenterIdInput>;

const text = (field: string, max: number) =>
  zText({ error: `${field} is required.` })
    .trim()
    .min(1, { error: `${field} is required.` })
    .max(max, { error: `${field} must be at most ${max} characters.` });

/** A center as headquarters creates or edits it. */
export const ZCenterFields = z
  .object({
    code: zText({ error: "Code is required." })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,15}$/, {
        error: "Code must be 2–16 letters, digits or dashes, e.g. SH-0042.",
      }),
    name: text("Name", 120),
    kind: z.enum(CENTER_KINDS, { error: "Kind must be DIRECT or AUTHORIZED." }),
    authorizationNo: zText()
      .trim()
      .max(32, { error: "Authorization number must be at most 32 characters." })
      .nullish()
      .transform((value) => (value ? value : null)),
    partnerName: zText()
      .trim()
      .max(120, { error: "Partner must be at most 120 characters." })
      .nullish()
      .transform((value) => (value ? value : null)),
    regionId: zId("Choose a region."),
    province: text("Province", 32),
    city: text("City", 32),
    cityTier: z
      .number({ error: "City tier must be a whole number from 1 to 5." })
      .int({ error: "City tier must be a whole number from 1 to 5." })
      .min(1, { error: "City tier must be a whole number from 1 to 5." })
      .max(5, { error: "City tier must be a whole number from 1 to 5." }),
    address: text("Address", 200),
  })
  .superRefine(
    (center, ctx) => {
      // DOMAIN.md: an authorized center is run by a partner under an authorization; a direct one is not.
      if (center.kind === "AUTHORIZED" && !center.authorizationNo)
        ctx.addIssue({
          code: "custom",
          path: ["authorizationNo"],
          message: "An authorized center needs its authorization number.",
        });
      if (center.kind === "AUTHORIZED" && !center.partnerName)
        ctx.addIssue({ code: "custom", path: ["partnerName"], message: "An authorized center needs its partner." });
      if (center.kind === "DIRECT" && center.authorizationNo)
        ctx.addIssue({
          code: "custom",
          path: ["authorizationNo"],
          message: "A direct center has no authorization number: leave it empty.",
        });
    },
    onlyWhenValid(["kind", "authorizationNo", "partnerName"]),
  );
export type TCenterFields = z.infer<typeof ZCenterFields>;

export const ZCreateCenterInput = z.object({ center: ZCenterFields });
export const ZUpdateCenterInput = z.object({ centerId: zId(), center: ZCenterFields });
export type TUpdateCenterInput = z.infer<typeof ZUpdateCenterInput>;
