// An import's life (receiving → validating → validated | rejected | failed → committed), kept in
// the database so that any server can answer where it stands, and so that an import interrupted by
// a crash or a lost upload is recognised (its heartbeat stops) and marked failed: it never blocks
// the file from being uploaded again, and its staged rows are removed.
import type { ImportKind } from "../../db/generated/client.ts";
import type { DbReader, Db } from "../../db/create-database.ts";

/** An import whose heartbeat is older than this while receiving or validating was interrupted. */
export const INTERRUPTED_AFTER_MS = 2 * 60_000;

export interface ImportProgress {
  phase: "RECEIVING" | "VALIDATING" | "DONE";
  rowsRead: number;
}

export async function startImport(
  db: Db,
  userId: string,
  { kind, fileName, progressToken }: { kind: ImportKind; fileName: string; progressToken: string | null },
): Promise<number> {
  const created = await db.csvImport.create({
    data: { kind, fileName, status: "RECEIVING", rowCount: 0, importedById: userId, progressToken },
    select: { id: true },
  });
  return created.id;
}

/** The heartbeat: how many rows have been read, and that the import is still moving. */
export async function recordImportProgress(db: Db, importId: number, rowsRead: number): Promise<void> {
  await db.csvImport.update({ where: { id: importId }, data: { rowsRead, updatedAt: new Date() } });
}

/** The heartbeat of an upload still arriving: no rows read yet, but still moving. */
export async function recordImportHeartbeat(db: Db, importId: number): Promise<void> {
  await db.csvImport.updateMany({
    where: { id: importId, status: "RECEIVING" },
    data: { updatedAt: new Date() },
  });
}

/** An import's staged rows, whichever kind's table holds them (import ids are unique across kinds). */
export async function deleteStagedRows(db: Db, importId: number): Promise<void> {
  await db.callbackImportRow.deleteMany({ where: { importId } });
  await db.complaintImportRow.deleteMany({ where: { importId } });
}

/** Marks an import that did not finish as failed, with the reason its uploader will read. */
export async function failImport(db: Db, importId: number, failure: string): Promise<void> {
  await db.csvImport.updateMany({
    where: { id: importId, status: { in: ["RECEIVING", "VALIDATING"] } },
    data: { status: "FAILED", failure: failure.slice(0, 500), updatedAt: new Date() },
  });
  await deleteStagedRows(db, importId);
}

/** At start-up (and from time to time): imports whose heartbeat stopped are failed and cleared. */
export async function failInterruptedImports(db: Db, now = new Date()): Promise<number> {
  const stale = await db.csvImport.findMany({
    where: {
      status: { in: ["RECEIVING", "VALIDATING"] },
      updatedAt: { lt: new Date(now.getTime() - INTERRUPTED_AFTER_MS) },
    },
    select: { id: true },
  });
  for (const { id } of stale) {
    await failImport(db, id, "The upload or its check was interrupted. Nothing was stored: upload the file again.");
  }
  return stale.length;
}

/** Where the user's import with this progress token stands (any kind: the token is the user's own). */
export async function readImportProgress(db: DbReader, userId: string, token: string): Promise<ImportProgress | null> {
  const row = await db.csvImport.findFirst({
    where: { importedById: userId, progressToken: token },
    orderBy: { id: "desc" },
    select: { status: true, rowsRead: true },
  });
  if (!row) return null;
  const phase = row.status === "RECEIVING" ? "RECEIVING" : row.status === "VALIDATING" ? "VALIDATING" : "DONE";
  return { phase, rowsRead: row.rowsRead };
}
