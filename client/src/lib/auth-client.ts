// Sign-in and sign-out talk to better-auth's routes on our server; the session is an HttpOnly cookie.
import type { TSignInInput } from "../../../shared/schemas/auth.ts";

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
  const body = (await response.json().catch(() => ({}))) as Partial<SignInFailure>;
  return {
    status: response.status,
    message: body.message ?? response.statusText,
    fieldErrors: body.fieldErrors,
    retryAfterS: body.retryAfterS,
  };
}

export async function signOut(): Promise<void> {
  await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
}
