import { z } from "zod";
import { key } from "../messages/message-ref.ts";
import { zText } from "./fields.ts";

export const ZSignInInput = z.object({
  email: zText({ error: key("auth.emailRequired") })
    .trim()
    .max(254, { error: key("auth.emailTooLong") })
    .pipe(z.email({ error: key("auth.emailInvalid") })),
  password: zText({ error: key("auth.passwordRequired") })
    .min(1, { error: key("auth.passwordRequired") })
    .max(128, { error: key("auth.passwordTooLong") }),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;
