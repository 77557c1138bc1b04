// Mounts the three better-auth routes the product uses (sign-in, sign-out, the session) under
// /api/auth, and nothing else of it: changing a name or a password goes through audited procedures.
// Sign-in is throttled before its input is read (sign-in-throttle.ts), checked with the shared
// schema, and audited: sign-in, failed sign-in (with the reason), the first refusal of a window.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ZSignInInput } from "../../shared/schemas/auth.ts";
import { type Auth, CLIENT_IP_HEADER } from "../auth/create-auth.ts";
import { resolveSessionUser } from "../auth/session-user.ts";
import { checkSignInThrottle, recordFailedSignIn, recordRefusedSignIn } from "../auth/sign-in-throttle.ts";
import type { Db } from "../db/create-database.ts";
import { recordAudit } from "../services/audit/record-audit.ts";
import { withoutUnsafeCharacters } from "../../shared/domain/plain-text.ts";
import { invalidInputBody, refusalOf } from "./refusal-body.ts";

/** One answer for a wrong password, an unknown account and a deactivated one, right password or not. */
const BAD_CREDENTIALS = { code: "INVALID_EMAIL_OR_PASSWORD", ...refusalOf("auth.badCredentials") };

export function registerAuthRoutes(app: FastifyInstance, { auth, db }: { auth: Auth; db: Db }): void {
  app.post("/api/auth/sign-in/email", signIn);
  app.post("/api/auth/sign-out", signOut);
  app.get("/api/auth/get-session", forward);

  async function signIn(request: FastifyRequest, reply: FastifyReply) {
    const ip = request.ip;
    const attemptedEmail = emailIn(request.body);
    const byAddress = await checkSignInThrottle(db, { ip, email: null });
    if (byAddress.limited) return refuse(request, reply, byAddress, null);

    const parsed = ZSignInInput.safeParse(request.body);
    if (!parsed.success) {
      await recordFailedSignIn(db, { ip, email: attemptedEmail });
      await auditFailure(request, attemptedEmail, "INVALID_INPUT");
      return reply
        .status(400)
        .send({ code: "INVALID_INPUT", ...invalidInputBody("input.fieldsNeedAttention", parsed.error) });
    }
    const byAccount = await checkSignInThrottle(db, { ip, email: parsed.data.email });
    if (byAccount.limited) return refuse(request, reply, byAccount, parsed.data.email);

    const response = await auth.handler(toWebRequest(request, JSON.stringify(parsed.data)));
    const body = await response.text();
    if (response.status === 200) {
      const { user } = JSON.parse(body) as { user: { id: string; email: string } };
      await recordAudit(db, {
        actorId: user.id,
        actorEmail: user.email,
        action: "SIGN_IN",
        entityType: "user",
        entityId: user.id,
        ip,
      });
      return sendWebResponse(reply, response, body);
    }
    // Not an answer about the credentials: masked with an error id by the app's error handler.
    if (response.status >= 500) throw new Error(`better-auth answered ${response.status} to a sign-in: ${body}`);
    if (response.status !== 401 && response.status !== 403) return sendWebResponse(reply, response, body);
    await recordFailedSignIn(db, { ip, email: parsed.data.email });
    // better-auth answers a deactivated account (our session hook refuses it) with 403 only when the
    // password was right: answered as a wrong password, so the answer tells a guesser nothing.
    await auditFailure(request, parsed.data.email, response.status === 403 ? "DEACTIVATED" : "BAD_CREDENTIALS");
    return reply.status(401).send(BAD_CREDENTIALS);
  }

  async function refuse(
    request: FastifyRequest,
    reply: FastifyReply,
    verdict: { by: "address" | "account"; retryAfterS: number; firstRefusal: boolean },
    email: string | null,
  ) {
    if (verdict.firstRefusal) {
      await recordRefusedSignIn(db, { ip: request.ip, email: verdict.by === "address" ? null : email });
      await auditFailure(request, email ?? emailIn(request.body), "RATE_LIMITED");
    }
    return reply
      .status(429)
      .header("retry-after", String(verdict.retryAfterS))
      .send({
        code: "RATE_LIMITED",
        ...refusalOf(verdict.by === "address" ? "auth.tooManyFromAddress" : "auth.tooManyForAccount", {
          minutes: Math.ceil(verdict.retryAfterS / 60),
        }),
        retryAfterS: verdict.retryAfterS,
      });
  }

  async function signOut(request: FastifyRequest, reply: FastifyReply) {
    const user = await resolveSessionUser(auth, db, toWebRequest(request).headers);
    const response = await auth.handler(toWebRequest(request, JSON.stringify(request.body ?? {})));
    const body = await response.text();
    if (response.ok && user) {
      await recordAudit(db, {
        actorId: user.id,
        actorEmail: user.email,
        action: "SIGN_OUT",
        entityType: "user",
        entityId: user.id,
        ip: request.ip,
      });
    }
    return sendWebResponse(reply, response, body);
  }

  async function forward(request: FastifyRequest, reply: FastifyReply) {
    const body = request.method === "GET" ? undefined : JSON.stringify(request.body ?? {});
    const response = await auth.handler(toWebRequest(request, body));
    return sendWebResponse(reply, response, await response.text());
  }

  async function auditFailure(request: FastifyRequest, email: string | null, reason: string) {
    await recordAudit(db, {
      actorId: null,
      actorEmail: email,
      action: "SIGN_IN_FAILED",
      entityType: "user",
      entityId: null,
      after: { reason },
      ip: request.ip,
    });
  }
}

/** The email a sign-in attempt named, for the audit entry, even when the body is malformed. */
function emailIn(body: unknown): string | null {
  if (typeof body !== "object" || body === null || !("email" in body)) return null;
  // Kept for the audit entry of a failed attempt: whatever was sent, made storable.
  return typeof body.email === "string" ? withoutUnsafeCharacters(body.email).slice(0, 254) : null;
}

/** A Fetch API request for better-auth, carrying the client address in a header we control. */
export function toWebRequest(request: FastifyRequest, body?: string): Request {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined || key === CLIENT_IP_HEADER) continue;
    if (Array.isArray(value)) value.forEach((v) => headers.append(key, v));
    else headers.set(key, String(value));
  }
  headers.set(CLIENT_IP_HEADER, request.ip);
  if (body !== undefined) {
    headers.set("content-type", "application/json");
    headers.delete("content-length");
  }
  const url = new URL(request.url, `http://${request.headers.host ?? "localhost"}`);
  return new Request(url, { method: request.method, headers, body });
}

function sendWebResponse(reply: FastifyReply, response: Response, body: string) {
  reply.status(response.status);
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie" && key !== "content-length") reply.header(key, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header("set-cookie", cookies);
  return reply.send(body.length > 0 ? body : null);
}
