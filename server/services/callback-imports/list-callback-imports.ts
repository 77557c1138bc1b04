import type { SessionUser } from "../../context.ts";
import type { Db } from "../../db/create-database.ts";

/** The user's recent imports (headquarters sees everyone's). */
export async function listCallbackImports(db: Db, user: SessionUser) {
  return db.callbackImport.findMany({
    where: user.role === "HQ_ADMIN" ? {} : { importedById: user.id },
    select: {
      id: true,
      fileName: true,
      status: true,
      encoding: true,
      rowCount: true,
      errorCount: true,
      insertedCount: true,
      createdAt: true,
      committedAt: true,
      importedBy: { select: { name: true, email: true } },
    },
    orderBy: { id: "desc" },
    take: 50,
  });
}
