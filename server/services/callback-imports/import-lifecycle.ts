// An import's life (receiving → validating → validated | rejected | failed → committed), kept in
// the database so that any server can answer where it stands, and so that an import interrupted by
// a crash or a lost upload is recognised (its heartbeat stops) and marked failed: it never blocks
// the file from being uploaded again, and its staged rows are removed.
import type { DbReader, Db } from "../../db/create-database.ts";

/** An import whose heartbeat is older than this while receiving or validating was interrupted. */
export const INTERRUPTED_AFTER_MS = 2 * 60_000;

export interface ImportProgress {
  phase: "RECEIVING" | "VALIDATING" | "DONE";
  rowsRead: number;
}

export async function startCallbackImport(
  db: Db,
  userId: string,
  { fileName, progressToken }: { fileName: string; progressToken: string | null },
): Promise<number> {
  const created = await db.callbackImport.create({
    data: { fileName, status: "RECEIVING", rowCount: 0, importedById: userId, progressToken },
    select: { id: true },
  });
  return created.id;
}

/** The heartbeat: how many rows have been read, and that the import is still moving. */
export async function recordImportProgress(db: Db, importId: number, rowsRead: number): Promise<void> {
  await db.callbackImport.update({ where: { id: importId }, data: { rowsRead, updatedAt: new Date() } });
}

/** The heartbeat of an upload still arriving: no rows read yet, but still moving. */
export async function recordImportHeartbeat(db: Db, importId: number): Promise<void> {
  await db.callbackImport.updateMany({
    where: { id: importId, status: "RECEIVING" },
    data: { updatedAt: new Date() },
  });
}

/** Marks an import that did not finish as failed, with the reason its uploader will read. */
export async function failCallbackImport(db: Db, importId: number, failure: string): Promise<void> {
  await db.callbackImport.updateMany({
    where: { id: importId, status: { in: ["RECEIVING", "VALIDATING"] } },
    data: { status: "FAILED", failure: failure.slice(0, 500), updatedAt: new Date() },
  });
  await db.callbackImportRow.deleteMany({ where: { importId } });
}

/** At start-up (and from time to time): imports whose heartbeat stopped are failed and cleared. */
export async function failInterruptedImports(db: Db, now = new Date()): Promise<number> {
  const stale = await db.callbackImport.findMany({
    where: {
      status: { in: ["RECEIVING", "VALIDATING"] },
      updatedAt: { lt: new Date(now.getTime() - INTERRUPTED_AFTER_MS) },
    },
    select: { id: true },
  });
  for (const { id } of stale) {
    await failCallbackImport(
      db,
      id,
      "The upload or its check was interrupted. Nothing was stored: upload the file again.",
    );
  }
  return stale.length;
}

export async function readImportProgress(db: DbReader, userId: string, token: string): Promise<ImportProgress | null> {
  const row = await db.callbackImport.findFirst({
    where: { importedById: userId, progressToken: token },
    orderBy: { id: "desc" },
    select: { status: true, rowsRead: true },
  });
  if (!row) return null;
  const phase = row.status === "RECEIVING" ? "RECEIVING" : row.status === "VALIDATING" ? "VALIDATING" : "DONE";
  return { phase, rowsRead: row.rowsRead };
}
