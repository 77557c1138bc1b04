// Step two: store a validated import, all-or-nothing. The kind re-checks what depends on the
// moment (a period closed, a center revoked, a row stored since validation) and moves its staged
// rows into their table, in one transaction with the audit entry.
import type { ActingUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import { auditActor, recordAudit } from "../audit/record-audit.ts";
import type { AnyCsvImportKind } from "./import-kind.ts";
import { removeObsoleteStagingLater, VALIDATION_LIFETIME_MS } from "./staging-cleanup.ts";
import { domainError, notFound } from "../../errors.ts";

export async function commitImport(
  db: Db,
  user: ActingUser,
  kind: AnyCsvImportKind,
  { importId }: { importId: number },
  now = new Date(),
) {
  const result = await db.$transaction(
    async (tx) => {
      const [imported] = await tx.$queryRaw<
        { id: number; status: string; fileSha256: string; rowCount: number; createdAt: Date }[]
      >`
        SELECT id, status::text, file_sha256 AS "fileSha256", row_count AS "rowCount", created_at AS "createdAt"
        FROM csv_import
        WHERE id = ${importId} AND kind = ${kind.kind}::"ImportKind" AND imported_by_id = ${user.id}
        FOR UPDATE`;
      if (!imported) throw notFound("notFound.import");
      const id = String(importId);
      if (imported.status === "COMMITTED") throw domainError("CONFLICT", "import.alreadyStored", { id });
      if (imported.status === "RECEIVING" || imported.status === "VALIDATING")
        throw domainError("CONFLICT", "import.stillChecking", { id });
      if (imported.status === "FAILED") throw domainError("CONFLICT", "import.interrupted", { id });
      if (imported.status !== "VALIDATED") throw domainError("CONFLICT", "import.hasErrors", { id });
      if (imported.rowCount < 1) throw domainError("CONFLICT", "import.noRows", { id });
      if (now.getTime() - imported.createdAt.getTime() > VALIDATION_LIFETIME_MS)
        throw domainError("CONFLICT", "import.expired", { id });
      const sameFile = await tx.csvImport.findFirst({
        where: { kind: kind.kind, fileSha256: imported.fileSha256, status: "COMMITTED" },
        select: { id: true },
      });
      if (sameFile) throw domainError("CONFLICT", "import.sameFileStored", { id: String(sameFile.id) });

      const { inserted, skipped } = await kind.storeStaged(tx, { importId, user, now, rowCount: imported.rowCount });
      await tx.csvImport.update({
        where: { id: importId },
        data: { status: "COMMITTED", insertedCount: inserted, skippedCount: skipped, committedAt: now },
      });
      await recordAudit(tx, {
        ...auditActor(user),
        action: kind.auditAction,
        entityType: kind.auditEntityType,
        entityId: importId,
        before: { status: "VALIDATED", storedFromThisFile: 0 },
        after: { status: "COMMITTED", insertedCount: inserted, skippedCount: skipped, fileSha256: imported.fileSha256 },
      });
      return {
        importId,
        insertedCount: inserted,
        skippedCount: skipped,
        message: kind.storedMessage({ inserted, skipped }),
      };
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  // The staged copies are removed after the answer: deleting a million rows is not the user's wait.
  removeObsoleteStagingLater(db);
  return result;
}
