import { z } from "zod";
import { key } from "../messages/message-ref.ts";
import { zId, zText } from "./fields.ts";
import { hasNetworkScope, ROLES } from "../domain/roles.ts";
import { onlyWhenValid } from "./refinements.ts";

export const ZUserFields = z
  .object({
    name: zText({ error: key("user.nameRequired") })
      .trim()
      .min(1, { error: key("user.nameRequired") })
      .max(120, { error: key("user.nameTooLong") }),
    role: z.enum(ROLES, { error: key("user.roleInvalid") }),
    regionIds: z
      .array(zId(), { error: key("user.regionsInvalid") })
      .max(100)
      .transform((ids) => [...new Set(ids)].sort((a, b) => a - b)),
  })
  .superRefine(
    (user, ctx) => {
      // Auditors and managers work in assigned regions; headquarters and the complaints desk see the
      // whole network.
      if (!hasNetworkScope(user.role) && user.regionIds.length === 0)
        ctx.addIssue({ code: "custom", path: ["regionIds"], message: key("user.regionsRequired") });
      if (hasNetworkScope(user.role) && user.regionIds.length > 0)
        ctx.addIssue({
          code: "custom",
          path: ["regionIds"],
          message: key("user.hqHasNoRegions"),
        });
    },
    onlyWhenValid(["role", "regionIds"]),
  );
export type TUserFields = z.infer<typeof ZUserFields>;

export const ZCreateUserInput = z.object({
  email: zText({ error: key("user.emailRequired") })
    .trim()
    .toLowerCase()
    .max(254, { error: key("auth.emailTooLong") })
    .pipe(z.email({ error: key("auth.emailInvalid") })),
  user: ZUserFields,
});
export type TCreateUserInput = z.infer<typeof ZCreateUserInput>;

export const ZUserIdInput = z.object({ userId: zText().min(1).max(64) });
export const ZUpdateUserInput = z.object({ userId: zText().min(1).max(64), user: ZUserFields });
export type TUpdateUserInput = z.infer<typeof ZUpdateUserInput>;

export const ZSetUserActiveInput = z.object({
  userId: zText().min(1).max(64),
  active: z.boolean(),
  reason: zText({ error: key("reason.required") })
    .trim()
    .min(3, { error: key("reason.min3") })
    .max(500, { error: key("reason.max") }),
});
export type TSetUserActiveInput = z.infer<typeof ZSetUserActiveInput>;

export const PASSWORD_MIN_LENGTH = 12;

export const ZChangePasswordInput = z
  .object({
    currentPassword: zText({ error: key("password.currentRequired") }).min(1, {
      error: key("password.currentRequired"),
    }),
    newPassword: zText({ error: key("password.newRequired") })
      .min(PASSWORD_MIN_LENGTH, { error: key("password.newTooShort") })
      .max(128, { error: key("password.newTooLong") }),
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: key("password.newSameAsCurrent"),
  });
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;
