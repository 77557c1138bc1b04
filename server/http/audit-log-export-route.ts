// POST /api/audit-log.csv: the filtered audit log as a CSV file, written a page at a time so an
// export of the whole log never sits in memory. Same filters and permission as auditLog.list.
// A POST from the page's form (the browser streams the download to disk): an export is audited, so
// it is a change a cross-site link must not set off (SameSite=Lax sends no cookie on a cross-site
// POST, and the origin check refuses it).
import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { CSV_BOM, csvLine } from "../../shared/domain/csv-export.ts";
import { formatLocalInstant, localDateOf } from "../../shared/domain/periods.ts";
import { messageLocaleOf } from "../../shared/messages/message-ref.ts";
import { ZAuditLogFilter } from "../../shared/schemas/audit-log.ts";
import type { Auth } from "../auth/create-auth.ts";
import { permissionRefusal, resolveSessionUser } from "../auth/session-user.ts";
import type { Db } from "../db/create-database.ts";
import { listAuditLog } from "../services/audit/list-audit-log.ts";
import { networkTimeZone } from "../services/policy/policy-record.ts";
import { recordAudit } from "../services/audit/record-audit.ts";
import { toWebRequest } from "./auth-routes.ts";
import { invalidInputBody, refusalBody, refusalOf } from "./refusal-body.ts";

// The columns in the reader's language (zh-CN first); the values stay codes, so a spreadsheet can filter them.
const HEADERS = {
  en: ["id", "at", "actor_email", "actor_id", "action", "entity_type", "entity_id", "before", "after", "ip"],
  "zh-CN": ["编号", "时间", "操作人邮箱", "操作人编号", "操作", "记录类型", "记录编号", "修改前", "修改后", "IP"],
} as const;
const EXPORT_PAGE = 5000;

export function registerAuditLogExportRoute(app: FastifyInstance, { auth, db }: { auth: Auth; db: Db }): void {
  // Encapsulated, so the form body's parser applies to this route only.
  void app.register((scope, _options, done) => {
    scope.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: 16 * 1024 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    scope.post("/api/audit-log.csv", exportAuditLog);
    done();
  });

  async function exportAuditLog(request: FastifyRequest, reply: FastifyReply) {
    const user = await resolveSessionUser(auth, db, toWebRequest(request).headers);
    if (!user) return reply.status(401).send(refusalOf("auth.signInRequired"));
    const refusal = permissionRefusal(user, "audit.read");
    if (refusal) return reply.status(403).send(refusalBody(refusal));
    const parsed = ZAuditLogFilter.safeParse(request.body ?? {});
    if (!parsed.success) {
      return reply.status(400).send(invalidInputBody("input.filtersNeedAttention", parsed.error));
    }
    const filter = parsed.data;
    // Times as the network's clock reads them (the policy's zone), as on the screen.
    const timeZone = await networkTimeZone(db);
    const language = (request.body as Record<string, unknown> | undefined)?.language;
    const locale = messageLocaleOf(typeof language === "string" ? language : "zh-CN");
    // Reading the whole log out is worth its own entry.
    await recordAudit(db, {
      actorId: user.id,
      actorEmail: user.email,
      ip: request.ip,
      action: "AUDIT_LOG_EXPORTED",
      entityType: "audit_log",
      after: Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)),
    });
    async function* lines() {
      yield CSV_BOM + csvLine([...HEADERS[locale]]);
      let cursor: string | undefined;
      do {
        const page = await listAuditLog(db, filter, { cursor, pageSize: EXPORT_PAGE });
        yield page.entries
          .map((e) =>
            csvLine([
              e.id,
              formatLocalInstant(e.at, timeZone),
              e.actorEmail,
              e.actorId,
              e.action,
              e.entityType,
              e.entityId,
              e.before === null ? null : JSON.stringify(e.before),
              e.after === null ? null : JSON.stringify(e.after),
              e.ip,
            ]),
          )
          .join("");
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    }
    const stamp = localDateOf(new Date(), timeZone);
    return reply
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="audit-log-${stamp}.csv"`)
      .header("cache-control", "no-store")
      .send(Readable.from(lines()));
  }
}
