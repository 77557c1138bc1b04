import type { SessionUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";
import type { ImportKind } from "../../db/generated/client.ts";

/** The user's recent imports of a kind (headquarters sees everyone's). */
export async function listImports(db: Db, user: SessionUser, kind: ImportKind) {
  return db.csvImport.findMany({
    where: { kind, ...(user.role === "HQ_ADMIN" ? {} : { importedById: user.id }) },
    select: {
      id: true,
      fileName: true,
      status: true,
      encoding: true,
      rowCount: true,
      errorCount: true,
      insertedCount: true,
      skippedCount: true,
      createdAt: true,
      committedAt: true,
      importedBy: { select: { name: true, email: true } },
    },
    orderBy: { id: "desc" },
    take: 50,
  });
}
