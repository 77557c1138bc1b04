import { z } from "zod";
import { key } from "../messages/message-ref.ts";
import { zId, zText } from "./fields.ts";
import { onlyWhenValid } from "./refinements.ts";

export const CENTER_KINDS = ["DIRECT", "AUTHORIZED"] as const;
export type CenterKind = (typeof CENTER_KINDS)[number];

export const ZListCentersInput = z
  .object({
    search: zText()
      .trim()
      .max(100, { error: key("center.searchTooLong") })
      .optional(),
    regionId: zId().optional(),
    kind: z.enum(CENTER_KINDS).optional(),
  })
  .default({});
export type TListCentersInput = z.infer<typeof ZListCentersInput>;

export const ZCenterIdInput = z.object({ centerId: zId() });
export type TCenterIdInput = z.infer<typeof ZCenterIdInput>;

const text = (field: "name" | "province" | "city" | "address", max: number) =>
  zText({ error: key(`center.${field}Required`) })
    .trim()
    .min(1, { error: key(`center.${field}Required`) })
    .max(max, { error: key(`center.${field}TooLong`) });

/** A center as headquarters creates or edits it. */
export const ZCenterFields = z
  .object({
    code: zText({ error: key("center.codeRequired") })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,15}$/, {
        error: key("center.codeFormat"),
      }),
    name: text("name", 120),
    kind: z.enum(CENTER_KINDS, { error: key("center.kindInvalid") }),
    authorizationNo: zText()
      .trim()
      .max(32, { error: key("center.authorizationNoTooLong") })
      .nullish()
      .transform((value) => (value ? value : null)),
    partnerName: zText()
      .trim()
      .max(120, { error: key("center.partnerTooLong") })
      .nullish()
      .transform((value) => (value ? value : null)),
    regionId: zId(key("center.regionRequired")),
    province: text("province", 32),
    city: text("city", 32),
    cityTier: z
      .number({ error: key("center.cityTier") })
      .int({ error: key("center.cityTier") })
      .min(1, { error: key("center.cityTier") })
      .max(5, { error: key("center.cityTier") }),
    address: text("address", 200),
  })
  .superRefine(
    (center, ctx) => {
      // DOMAIN.md: an authorized center is run by a partner under an authorization; a direct one is not.
      if (center.kind === "AUTHORIZED" && !center.authorizationNo)
        ctx.addIssue({
          code: "custom",
          path: ["authorizationNo"],
          message: key("center.authorizedNeedsNumber"),
        });
      if (center.kind === "AUTHORIZED" && !center.partnerName)
        ctx.addIssue({ code: "custom", path: ["partnerName"], message: key("center.authorizedNeedsPartner") });
      if (center.kind === "DIRECT" && center.authorizationNo)
        ctx.addIssue({
          code: "custom",
          path: ["authorizationNo"],
          message: key("center.directHasNoNumber"),
        });
    },
    onlyWhenValid(["kind", "authorizationNo", "partnerName"]),
  );
export type TCenterFields = z.infer<typeof ZCenterFields>;

export const ZCreateCenterInput = z.object({ center: ZCenterFields });
export const ZUpdateCenterInput = z.object({ centerId: zId(), center: ZCenterFields });
export type TUpdateCenterInput = z.infer<typeof ZUpdateCenterInput>;
