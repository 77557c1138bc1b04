// POST /api/callback-imports: the call center's CSV arrives as the raw request body (it can be a
// million rows, too big for a tRPC input). It is streamed to a temporary file while its SHA-256 is
// computed, then validated and staged; the answer lists every problem by row and column. Committing
// is a tRPC mutation (callbacks.commitImport).
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { FastifyInstance } from "fastify";
import type { Auth } from "../auth/create-auth.ts";
import { permissionRefusal, resolveSessionUser } from "../auth/session-user.ts";
import { CSRF_HEADER } from "../context.ts";
import type { Db } from "../db/create-database.ts";
import { withoutUnsafeCharacters } from "../../shared/domain/plain-text.ts";
import {
  failCallbackImport,
  recordImportHeartbeat,
  startCallbackImport,
} from "../services/callback-imports/import-lifecycle.ts";
import { validateCallbackImport } from "../services/callback-imports/validate-callback-import.ts";
import { toWebRequest } from "./auth-routes.ts";
import { refusalBody, refusalOf } from "./refusal-body.ts";

/** Large enough for a million callback rows (~120 MB). */
export const IMPORT_BODY_LIMIT = 512 * 1024 * 1024;

export async function registerCallbackImportRoute(app: FastifyInstance, { auth, db }: { auth: Auth; db: Db }) {
  await app.register((scope, _options, registered) => {
    // In this scope only: the body is not parsed, the handler streams it.
    scope.addContentTypeParser("*", (_request, payload, done) => done(null, payload));
    scope.post("/api/callback-imports", { bodyLimit: IMPORT_BODY_LIMIT }, async (request, reply) => {
      if (request.headers[CSRF_HEADER] !== "1") {
        return reply.status(403).send(refusalOf("http.missingHeader"));
      }
      const user = await resolveSessionUser(auth, db, toWebRequest(request).headers);
      if (!user) return reply.status(401).send(refusalOf("auth.signInRequired"));
      const refusal = permissionRefusal(user, "callbacks.import");
      if (refusal) return reply.status(403).send(refusalBody(refusal));
      const query = request.query as { fileName?: unknown; progressToken?: unknown };
      const fileName = uploadedFileName(query.fileName);
      const progressToken =
        typeof query.progressToken === "string" && UUID.test(query.progressToken) ? query.progressToken : null;
      const importId = await startCallbackImport(db, user.id, { fileName, progressToken });
      const dir = await mkdtemp(join(tmpdir(), "callback-import-"));
      try {
        const path = join(dir, randomUUID());
        const hash = createHash("sha256");
        // While bytes arrive the import's heartbeat goes on, so no server's sweep takes a slow
        // upload for an interrupted one.
        let lastBeat = Date.now();
        const hashing = new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            hash.update(chunk);
            if (Date.now() - lastBeat > HEARTBEAT_EVERY_MS) {
              lastBeat = Date.now();
              recordImportHeartbeat(db, importId).catch((error: unknown) =>
                request.log.warn({ err: error, importId }, "callback import heartbeat failed"),
              );
            }
            callback(null, chunk);
          },
        });
        try {
          await pipeline(request.body as NodeJS.ReadableStream, hashing, createWriteStream(path));
        } catch (error) {
          request.log.warn({ err: error, importId }, "callback import upload interrupted");
          await failCallbackImport(
            db,
            importId,
            "The upload was interrupted. Nothing was stored: upload the file again.",
          );
          return reply.status(400).send(refusalOf("import.uploadInterrupted"));
        }
        const result = await validateCallbackImport(db, user, { importId, path, fileName, sha256: hash.digest("hex") });
        return reply.send(result);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
    registered();
  });
}

/** Well inside INTERRUPTED_AFTER_MS, the silence after which an import counts as interrupted. */
const HEARTBEAT_EVERY_MS = 15_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The file's name as the browser gave it, made safe to store and show. */
function uploadedFileName(value: unknown): string {
  const name = typeof value === "string" ? withoutUnsafeCharacters(value).trim() : "";
  return (name || "callbacks.csv").slice(0, 255);
}
