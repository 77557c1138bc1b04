import { z } from "zod";
import { zText } from "./fields.ts";

export const ZSignInInput = z.object({
  email: zText({ error: "Enter your email address." })
    .trim()
    .max(254, { error: "Email must be at most 254 characters." })
    .pipe(z.email({ error: "Enter a valid email address, like name@example.com." })),
  password: zText({ error: "Enter your password." })
    .min(1, { error: "Enter your password." })
    .max(128, { error: "Password must be at most 128 characters." }),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;
