// Changes are refused when the browser says they come from another site. Every change reaches us as
// a POST (tRPC mutations, sign-in and sign-out, the upload, the export), so one hook covers them all.
// A request without an Origin header (curl, a server-side caller) passes to the other checks: the
// application header on mutations, the session cookie's SameSite=Lax.
import type { FastifyInstance } from "fastify";
import { refusalOf } from "./refusal-body.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function refuseForeignOrigins(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  const allowed = new Set(allowedOrigins.map((origin) => origin.toLowerCase()));
  app.addHook("onRequest", async (request, reply) => {
    if (SAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin === undefined || allowed.has(origin.toLowerCase())) return;
    return reply.status(403).send({
      code: "FOREIGN_ORIGIN",
      ...refusalOf("http.foreignOrigin"),
    });
  });
}
