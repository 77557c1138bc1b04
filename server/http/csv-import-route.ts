// POST /api/callback-imports and /api/complaint-imports: a CSV file arrives as the raw request body
// (it can be a million rows, too big for a tRPC input). It is streamed to a temporary file while
// its SHA-256 is computed, then validated and staged; the answer lists every problem by row and
// column. Committing is a tRPC mutation (callbacks.commitImport, complaints.commitImport).
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
import { CALLBACK_IMPORT } from "../services/callback-imports/callback-import-kind.ts";
import { COMPLAINT_IMPORT } from "../services/complaints/complaint-import-kind.ts";
import type { AnyCsvImportKind } from "../services/imports/import-kind.ts";
import { failImport, recordImportHeartbeat, startImport } from "../services/imports/import-lifecycle.ts";
import { validateImport } from "../services/imports/validate-import.ts";
import { toWebRequest } from "./auth-routes.ts";
import { refusalBody, refusalOf } from "./refusal-body.ts";

/** Large enough for a million callback rows (~120 MB) or hotline rows with their descriptions. */
export const IMPORT_BODY_LIMIT = 512 * 1024 * 1024;

/** Each upload address and the kind of file it takes. */
const IMPORT_ROUTES: readonly { path: string; kind: AnyCsvImportKind; defaultName: string }[] = [
  { path: "/api/callback-imports", kind: CALLBACK_IMPORT, defaultName: "callbacks.csv" },
  { path: "/api/complaint-imports", kind: COMPLAINT_IMPORT, defaultName: "complaints.csv" },
];

export async function registerCsvImportRoutes(app: FastifyInstance, { auth, db }: { auth: Auth; db: Db }) {
  await app.register((scope, _options, registered) => {
    // In this scope only: the body is not parsed, the handler streams it.
    scope.addContentTypeParser("*", (_request, payload, done) => done(null, payload));
    for (const { path, kind, defaultName } of IMPORT_ROUTES) {
      scope.post(path, { bodyLimit: IMPORT_BODY_LIMIT }, async (request, reply) => {
        if (request.headers[CSRF_HEADER] !== "1") {
          return reply.status(403).send(refusalOf("http.missingHeader"));
        }
        const user = await resolveSessionUser(auth, db, toWebRequest(request).headers);
        if (!user) return reply.status(401).send(refusalOf("auth.signInRequired"));
        const refusal = permissionRefusal(user, kind.permission);
        if (refusal) return reply.status(403).send(refusalBody(refusal));
        const query = request.query as { fileName?: unknown; progressToken?: unknown };
        const fileName = uploadedFileName(query.fileName, defaultName);
        const progressToken =
          typeof query.progressToken === "string" && UUID.test(query.progressToken) ? query.progressToken : null;
        const importId = await startImport(db, user.id, { kind: kind.kind, fileName, progressToken });
        const dir = await mkdtemp(join(tmpdir(), "csv-import-"));
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
                  request.log.warn({ err: error, importId }, "import heartbeat failed"),
                );
              }
              callback(null, chunk);
            },
          });
          try {
            await pipeline(request.body as NodeJS.ReadableStream, hashing, createWriteStream(path));
          } catch (error) {
            request.log.warn({ err: error, importId }, "import upload interrupted");
            await failImport(db, importId, "The upload was interrupted. Nothing was stored: upload the file again.");
            return reply.status(400).send(refusalOf("import.uploadInterrupted"));
          }
          const result = await validateImport(db, user, kind, { importId, path, fileName, sha256: hash.digest("hex") });
          return reply.send(result);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      });
    }
    registered();
  });
}

/** Well inside INTERRUPTED_AFTER_MS, the silence after which an import counts as interrupted. */
const HEARTBEAT_EVERY_MS = 15_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The file's name as the browser gave it, made safe to store and show. */
function uploadedFileName(value: unknown, defaultName: string): string {
  const name = typeof value === "string" ? withoutUnsafeCharacters(value).trim() : "";
  return (name || defaultName).slice(0, 255);
}
