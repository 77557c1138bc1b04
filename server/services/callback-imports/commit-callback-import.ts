// Step two: store a validated import, all-or-nothing. The checks that depend on the moment are run
// again (a period closed, a center revoked or a work order stored since validation: the insert
// fails on the unique index), and the rows move from staging to callbacks in one statement,
// in one transaction with the audit entry.
import type { ActingUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { auditActor, recordAudit } from "../audit/record-audit.ts";
import { removeObsoleteStagingLater, VALIDATION_LIFETIME_MS } from "./staging-cleanup.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import { domainError, notFound } from "../../errors.ts";

export async function commitCallbackImport(
  db: Db,
  user: ActingUser,
  { importId }: { importId: number },
  now = new Date(),
) {
  const result = await db.$transaction(
    async (tx) => {
      const [imported] = await tx.$queryRaw<
        { id: number; status: string; fileSha256: string; rowCount: number; createdAt: Date }[]
      >`
        SELECT id, status::text, file_sha256 AS "fileSha256", row_count AS "rowCount", created_at AS "createdAt"
        FROM callback_import WHERE id = ${importId} AND imported_by_id = ${user.id} FOR UPDATE`;
      if (!imported) throw notFound("notFound.import");
      if (imported.status === "COMMITTED")
        throw domainError("CONFLICT", "import.alreadyStored", { id: String(importId) });
      if (imported.status === "RECEIVING" || imported.status === "VALIDATING")
        throw domainError("CONFLICT", "import.stillChecking", { id: String(importId) });
      if (imported.status === "FAILED") throw domainError("CONFLICT", "import.interrupted", { id: String(importId) });
      if (imported.status !== "VALIDATED") throw domainError("CONFLICT", "import.hasErrors", { id: String(importId) });
      if (imported.rowCount < 1) throw domainError("CONFLICT", "import.noRows", { id: String(importId) });
      if (now.getTime() - imported.createdAt.getTime() > VALIDATION_LIFETIME_MS)
        throw domainError("CONFLICT", "import.expired", { id: String(importId) });
      const sameFile = await tx.callbackImport.findFirst({
        where: { fileSha256: imported.fileSha256, status: "COMMITTED" },
        select: { id: true },
      });
      if (sameFile) throw domainError("CONFLICT", "import.sameFileStored", { id: String(sameFile.id) });

      const [changed] = await tx.$queryRaw<{ closed: string | null; revoked: number }[]>`
        SELECT
          (SELECT min(s.period_key) FROM callback_import_staging s JOIN period p ON p.key = s.period_key
            WHERE s.import_id = ${importId} AND p.status = 'CLOSED') AS closed,
          (SELECT count(*)::int FROM callback_import_staging s JOIN revocation_proposal rp ON rp.center_id = s.center_id
            WHERE s.import_id = ${importId} AND rp.status = 'ISSUED' AND rp.effective_at <= ${now}) AS revoked`;
      if (changed?.closed) throw domainError("CONFLICT", "import.periodClosedSince", { periodKey: changed.closed });
      if (changed && changed.revoked > 0) throw domainError("CONFLICT", "import.centerRevokedSince");

      // A work order stored since validation breaks the unique index and rolls the whole
      // transaction back: cheaper than looking up a million work orders beforehand.
      const inserted = await tx.$executeRaw`
        INSERT INTO callback (work_order_no, center_id, called_at, period_key, outcome, rating, issue_resolved,
                              price_explained, staff_courteous, comment, import_id, recorded_by_id)
        SELECT work_order_no, center_id, called_at, period_key, outcome, rating, issue_resolved,
               price_explained, staff_courteous, comment, import_id, ${user.id}
        FROM callback_import_staging WHERE import_id = ${importId}`.catch((error: unknown) => {
        if (isUniqueViolation(error)) throw domainError("CONFLICT", "import.workOrdersStoredSince");
        throw error;
      });
      await tx.callbackImport.update({
        where: { id: importId },
        data: { status: "COMMITTED", insertedCount: inserted, committedAt: now },
      });
      await recordAudit(tx, {
        ...auditActor(user),
        action: "CALLBACKS_IMPORTED",
        entityType: "callback_import",
        entityId: importId,
        before: { status: "VALIDATED", storedFromThisFile: 0 },
        after: { status: "COMMITTED", insertedCount: inserted, fileSha256: imported.fileSha256 },
      });
      return { importId, insertedCount: inserted, message: ref("import.stored", { count: inserted }) };
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  // The staged copies are removed after the answer: deleting a million rows is not the user's wait.
  removeObsoleteStagingLater(db);
  return result;
}
