// Sign-in and sign-out talk to better-auth's routes on our server; the session is an HttpOnly cookie.
import type { TSignInInput } from "../../../shared/schemas/auth.ts";
import { wordsOf } from "./server-errors.ts";

export interface SignInFailure {
  message: string;
  fieldErrors?: Partial<Record<keyof TSignInInput, string[]>>;
  status: number;
  /** With a 429: seconds until the throttle lets this address or account try again. */
  retryAfterS?: number;
}

export async function signIn(input: TSignInInput): Promise<SignInFailure | null> {
  const response = await fetch("/api/auth/sign-in/email", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  if (response.ok) return null;
  const body: unknown = await response.json().catch(() => ({}));
  const words = wordsOf(body, response.statusText);
  const retryAfter = Number(response.headers.get("retry-after"));
  return {
    status: response.status,
    message: words.message,
    fieldErrors: Object.keys(words.fieldErrors).length > 0 ? words.fieldErrors : undefined,
    retryAfterS: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  };
}

export async function signOut(): Promise<void> {
  await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
}
