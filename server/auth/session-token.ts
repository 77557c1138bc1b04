// The session token of a request, read from better-auth's signed cookie and checked the way
// better-auth checks it (HMAC-SHA-256 with the auth secret), without its per-request machinery.
import { createHmac, timingSafeEqual } from "node:crypto";
import { getCookies, parseCookies } from "better-auth/cookies";
import type { Auth } from "./create-auth.ts";

/** The token when the cookie is present and its signature is right; null otherwise. */
export function verifiedSessionToken(auth: Auth, headers: Headers): string | null {
  const cookieHeader = headers.get("cookie");
  if (!cookieHeader) return null;
  const value = parseCookies(cookieHeader).get(getCookies(auth.options).sessionToken.name);
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1), "base64");
  const expected = createHmac("sha256", auth.options.secret ?? "")
    .update(token)
    .digest();
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? token : null;
}
