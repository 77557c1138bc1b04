// Mounts better-auth under /api/auth and audits what passes through it: sign-in, failed sign-in
// (with the reason), sign-out. Sign-in input is checked with the shared schema first, so a bad
// email gets a message naming the field.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { ZSignInInput } from "../../shared/schemas/auth.ts";
import { type Auth, CLIENT_IP_HEADER } from "../auth/create-auth.ts";
import { resolveSessionUser } from "../auth/session-user.ts";
import type { Db } from "../db/create-database.ts";
import { recordAudit } from "../services/audit/record-audit.ts";
import { withoutUnsafeCharacters } from "../../shared/domain/plain-text.ts";

export function registerAuthRoutes(app: FastifyInstance, { auth, db }: { auth: Auth; db: Db }): void {
  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    handler: async (request, reply) => {
      const path = request.url.split("?")[0];
      if (request.method === "POST" && path === "/api/auth/sign-in/email") return signIn(request, reply);
      if (request.method === "POST" && path === "/api/auth/sign-out") return signOut(request, reply);
      return forward(request, reply);
    },
  });

  async function signIn(request: FastifyRequest, reply: FastifyReply) {
    const parsed = ZSignInInput.safeParse(request.body);
    const attemptedEmail = emailIn(request.body);
    if (!parsed.success) {
      const fieldErrors = z.flattenError(parsed.error).fieldErrors;
      await auditFailure(request, attemptedEmail, "INVALID_INPUT");
      return reply.status(400).send({ code: "INVALID_INPUT", message: "Some fields need attention.", fieldErrors });
    }
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
        ip: request.ip,
      });
    } else {
      const reason =
        response.status === 429 ? "RATE_LIMITED" : response.status === 403 ? "DEACTIVATED" : "BAD_CREDENTIALS";
      await auditFailure(request, parsed.data.email, reason);
    }
    return sendWebResponse(reply, response, body);
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
