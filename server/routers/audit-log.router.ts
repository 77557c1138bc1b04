import { ZAuditLogInput } from "../../shared/schemas/audit-log.ts";
import { auditLogFacets, listAuditLog } from "../services/audit/list-audit-log.ts";
import { requirePermission, router } from "../trpc.ts";

const readAudit = requirePermission("audit.read");

export const auditLogRouter = router({
  list: readAudit
    .input(ZAuditLogInput)
    .query(({ ctx, input }) => listAuditLog(ctx.db, input.filter, { cursor: input.cursor })),
  facets: readAudit.query(({ ctx }) => auditLogFacets(ctx.db)),
});
