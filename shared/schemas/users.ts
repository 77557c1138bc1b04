import { z } from "zod";
import { zId, zText } from "./fields.ts";
import { ROLES } from "../domain/roles.ts";
import { onlyWhenValid } from "./refinements.ts";

export const ZUserFields = z
  .object({
    name: zText({ error: "Name is required." })
      .trim()
      .min(1, { error: "Name is required." })
      .max(120, { error: "Name must be at most 120 characters." }),
    role: z.enum(ROLES, { error: "Role must be AUDITOR, REGIONAL_MANAGER or HQ_ADMIN." }),
    regionIds: z
      .array(zId(), { error: "Choose the user's regions." })
      .max(100)
      .transform((ids) => [...new Set(ids)].sort((a, b) => a - b)),
  })
  .superRefine(
    (user, ctx) => {
      // Auditors and managers work in assigned regions; headquarters sees the whole network.
      if (user.role !== "HQ_ADMIN" && user.regionIds.length === 0)
        ctx.addIssue({ code: "custom", path: ["regionIds"], message: "Choose at least one region for this role." });
      if (user.role === "HQ_ADMIN" && user.regionIds.length > 0)
        ctx.addIssue({
          code: "custom",
          path: ["regionIds"],
          message: "Headquarters sees every region: leave the regions empty.",
        });
    },
    onlyWhenValid(["role", "regionIds"]),
  );
export type TUserFields = z.infer<typeof ZUserFields>;

export const ZCreateUserInput = z.object({
  email: zText({ error: "Email is required." })
    .trim()
    .toLowerCase()
    .max(254, { error: "Email must be at most 254 characters." })
    .pipe(z.email({ error: "Enter a valid email address, like name@example.com." })),
  user: ZUserFields,
});
export type TCreateUserInput = z.infer<typeof ZCreateUserInput>;

export const ZUserIdInput = z.object({ userId: zText().min(1).max(64) });
export const ZUpdateUserInput = z.object({ userId: zText().min(1).max(64), user: ZUserFields });
export type TUpdateUserInput = z.infer<typeof ZUpdateUserInput>;

export const ZSetUserActiveInput = z.object({
  userId: zText().min(1).max(64),
  active: z.boolean(),
  reason: zText({ error: "Give a reason." })
    .trim()
    .min(3, { error: "Give a reason (at least 3 characters)." })
    .max(500, { error: "Reason must be at most 500 characters." }),
});
export type TSetUserActiveInput = z.infer<typeof ZSetUserActiveInput>;

export const PASSWORD_MIN_LENGTH = 12;

export const ZChangePasswordInput = z
  .object({
    currentPassword: zText({ error: "Enter your current password." }).min(1, { error: "Enter your current password." }),
    newPassword: zText({ error: "Choose a new password." })
      .min(PASSWORD_MIN_LENGTH, { error: `The new password needs at least ${PASSWORD_MIN_LENGTH} characters.` })
      .max(128, { error: "The new password must be at most 128 characters." }),
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    message: "The new password must differ from the current one.",
  });
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;
