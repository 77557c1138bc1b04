// The HTTP host: tRPC under /api/trpc, sign-in under /api/auth, /healthz, and the built client.
import { existsSync } from "node:fs";
import { join } from "node:path";
import helmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyServerOptions } from "fastify";
import type { Auth } from "./auth/create-auth.ts";
import { resolveSessionUser } from "./auth/session-user.ts";
import { createContextInner, CSRF_HEADER } from "./context.ts";
import type { Db } from "./db/create-database.ts";
import { registerAuditLogExportRoute } from "./http/audit-log-export-route.ts";
import { errorIdOf, newErrorId } from "./http/unexpected-error.ts";
import { registerAuthRoutes, toWebRequest } from "./http/auth-routes.ts";
import { registerCsvImportRoutes } from "./http/csv-import-route.ts";
import { refuseForeignOrigins } from "./http/origin-check.ts";
import { type AppRouter, appRouter } from "./routers/_app.ts";
import { refusalOf } from "./http/refusal-body.ts";

export interface AppOptions {
  db: Db;
  auth: Auth;
  /** The built client (vite build output); omitted in API-only tests. */
  clientDir?: string;
  logger?: FastifyServerOptions["logger"];
}

export const LOG_REDACTIONS = [
  "req.headers.cookie",
  "req.headers.authorization",
  'res.headers["set-cookie"]',
  "body.password",
];

export async function buildApp({ db, auth, clientDir, logger = false }: AppOptions) {
  const app = Fastify({
    logger,
    trustProxy: false,
    // Batched tRPC GETs put every procedure name in the path.
    routerOptions: { maxParamLength: 5000 },
  });

  await app.register(helmet, {
    // Same-origin requests keep their Origin header (the origin check needs it: with no-referrer a
    // browser sends "Origin: null" on a form post); other sites learn nothing, not even our origin.
    referrerPolicy: { policy: "same-origin" },
    contentSecurityPolicy: {
      directives: {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "script-src": ["'self'"],
        "connect-src": ["'self'"],
        "upgrade-insecure-requests": null,
      },
    },
  });

  // The plain routes (sign-in, upload, export): an unexpected error is logged with an id and answered
  // in words; fastify's own 4xx answers (a body too large, malformed JSON) keep their status.
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status < 500) return reply.status(status).send(refusalOf(status === 413 ? "http.tooLarge" : "http.badRequest"));
    const errorId = newErrorId();
    request.log.error({ err: error, errorId }, "request failed");
    return reply.status(500).send({ ...refusalOf("server.unexpected", { errorId }), errorId });
  });

  // The origins better-auth trusts are the application's own: one list for both checks.
  const trusted = auth.options.trustedOrigins;
  refuseForeignOrigins(app, Array.isArray(trusted) ? trusted : []);

  app.get("/healthz", async (_request, reply) => {
    try {
      await db.$queryRaw`SELECT 1`;
      return { status: "ok" };
    } catch {
      return reply.status(503).send({ status: "unavailable" });
    }
  });

  registerAuthRoutes(app, { auth, db });
  await registerCsvImportRoutes(app, { auth, db });
  registerAuditLogExportRoute(app, { auth, db });

  await app.register(fastifyTRPCPlugin, {
    prefix: "/api/trpc",
    trpcOptions: {
      router: appRouter,
      createContext: async ({ req }) =>
        createContextInner({
          db,
          user: await resolveSessionUser(auth, db, toWebRequest(req).headers),
          ip: req.ip,
          hasCsrfHeader: req.headers[CSRF_HEADER] === "1",
        }),
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR")
          app.log.error({ err: error, path, errorId: errorIdOf(error) }, "procedure failed");
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
  });

  if (clientDir && existsSync(join(clientDir, "index.html"))) {
    await app.register(fastifyStatic, { root: clientDir });
    // Client-side routes (/centers, /sign-in, …) all load the single-page app.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === "GET" && !request.url.startsWith("/api/")) return reply.sendFile("index.html");
      return reply.status(404).send(refusalOf("http.notFound"));
    });
  }

  return app;
}
