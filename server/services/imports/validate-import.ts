// Step one of an import: read the whole file, check every row, and stage the valid ones with COPY.
// The result lists every problem by row and column; only an error-free file can be committed
// (commit-import.ts). A file already committed for its kind is recognised by its SHA-256.
import { importError, type TImportError, type TImportValidation } from "../../../shared/schemas/csv-imports.ts";
import type { SessionUser } from "../../context.ts";
import { copyCsvFor } from "../../db/bulk-copy.ts";
import type { Db } from "../../db/create-database.ts";
import { deleteStagedRows, failImport, recordImportProgress } from "./import-lifecycle.ts";
import type { AnyCsvImportKind, RowRules } from "./import-kind.ts";
import { type CsvRecord, CsvSyntaxError, detectEncoding, readCsvRecordBatches } from "./read-csv-file.ts";
import { ref, worded } from "../../../shared/messages/message-ref.ts";

/** How many problems are listed; all of them are counted. */
export const LISTED_ERRORS = 1000;

export type ImportError = TImportError;
export type ImportValidation = TImportValidation;

export interface ReceivedFile {
  importId: number;
  path: string;
  fileName: string;
  sha256: string;
}

/**
 * Checks and stages the file of import `importId` (started by startImport, its file now received).
 * Whatever happens, the import ends VALIDATED, REJECTED or, on an unexpected error, FAILED with its
 * staged rows removed; the error is then rethrown for the caller to log.
 */
export async function validateImport(
  db: Db,
  user: SessionUser,
  kind: AnyCsvImportKind,
  file: ReceivedFile,
  { now = new Date() }: { now?: Date } = {},
): Promise<ImportValidation> {
  try {
    return await checkAndStage(db, user, kind, file, now);
  } catch (error) {
    await failImport(
      db,
      file.importId,
      "The file could not be checked because of an unexpected error. Nothing was stored: upload it again.",
    );
    throw error;
  }
}

async function checkAndStage(
  db: Db,
  user: SessionUser,
  kind: AnyCsvImportKind,
  file: ReceivedFile,
  now: Date,
): Promise<ImportValidation> {
  const importId = file.importId;
  const committed = await db.csvImport.findFirst({
    where: { kind: kind.kind, fileSha256: file.sha256, status: "COMMITTED" },
    select: { id: true, committedAt: true, insertedCount: true },
  });
  if (committed) {
    await db.csvImport.update({
      where: { id: importId },
      data: { fileSha256: file.sha256, status: "REJECTED", failure: `Already imported as #${committed.id}.` },
    });
    return {
      status: "ALREADY_IMPORTED",
      importId: committed.id,
      committedAt: committed.committedAt?.toISOString() ?? null,
      insertedCount: committed.insertedCount,
      ...worded(ref("import.sameFileStored", { id: String(committed.id) })),
    };
  }
  const detected = await detectEncoding(file.path);
  if ("refused" in detected) {
    const error = importError(1, "(file)", detected.refused);
    await db.csvImport.update({
      where: { id: importId },
      data: { fileSha256: file.sha256, status: "REJECTED", errorCount: 1, updatedAt: new Date() },
    });
    return {
      status: "REJECTED",
      importId,
      fileName: file.fileName,
      encoding: "",
      rowCount: 0,
      errorCount: 1,
      alreadyStored: 0,
      errors: [error],
      ...worded(detected.refused),
    };
  }
  const { encoding, bomLength } = detected;
  await db.csvImport.update({
    where: { id: importId },
    data: { fileSha256: file.sha256, encoding, status: "VALIDATING", updatedAt: new Date() },
  });
  const rules: RowRules<unknown, unknown> = await kind.rowRules(db, user, now);

  const errors: ImportError[] = [];
  let errorCount = 0;
  let rowCount = 0;
  let uniqueColumn = "";
  const addError = (error: ImportError) => {
    errorCount++;
    if (errors.length < LISTED_ERRORS) errors.push(error);
  };

  // First row of each unique key: a Map is far quicker than a sort of the staged rows.
  const firstRowOf = new Map<string, number>();

  /** The valid rows of each batch of records, as one piece of CSV for COPY. */
  async function* stagingPieces(): AsyncGenerator<string> {
    let header: unknown = null;
    try {
      for await (const records of readCsvRecordBatches(file.path, encoding, bomLength)) {
        const lines: string[] = [];
        for (const record of records) {
          if (header === null) {
            const mapped = rules.mapHeader(record.cells);
            if ("error" in mapped) {
              addError(importError(record.line, "(header)", mapped.error));
              return;
            }
            header = mapped.map;
            uniqueColumn = rules.uniqueColumn(header);
            continue;
          }
          rowCount++;
          if (rowCount % 20_000 === 0) await recordImportProgress(db, importId, rowCount);
          const line = stagingLineOf(record, header);
          if (line !== null) lines.push(line);
        }
        if (lines.length > 0) yield lines.join("");
      }
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      addError(importError(error.line, "(file)", error.problem));
      return;
    }
    if (header === null) addError(importError(1, "(header)", ref("csv.empty")));
    else if (rowCount === 0) addError(importError(2, "(file)", ref("csv.noRows")));
  }

  /** One record checked: its staging line, or null with its problems listed. */
  function stagingLineOf(record: CsvRecord, header: unknown): string | null {
    const result = rules.validateRow(record.cells, header);
    if (!result.ok) {
      for (const error of result.errors) addError(importError(record.line, error.column, error.message));
      return null;
    }
    const unique = rules.uniqueKey(result.row);
    const firstRow = firstRowOf.get(unique);
    if (firstRow !== undefined) {
      addError(importError(record.line, uniqueColumn, rules.duplicateInFile(result.row, firstRow)));
      return null;
    }
    firstRowOf.set(unique, record.line);
    return rules.stagingLine(importId, record.line, result.row);
  }

  await copyCsvFor(db)(kind.stagingTable, kind.stagingColumns, stagingPieces());
  firstRowOf.clear();
  await recordImportProgress(db, importId, rowCount);
  const findings = await kind.findStagingProblems(db, { importId, limit: LISTED_ERRORS, uniqueColumn });
  errorCount += findings.total;
  errors.push(...findings.listed.slice(0, Math.max(0, LISTED_ERRORS - errors.length)));

  const rejected = errorCount > 0;
  if (rejected) await deleteStagedRows(db, importId);
  await db.csvImport.update({
    where: { id: importId },
    data: {
      status: rejected ? "REJECTED" : "VALIDATED",
      rowCount,
      errorCount,
      skippedCount: rejected ? 0 : findings.alreadyStored,
      rowsRead: rowCount,
      updatedAt: new Date(),
    },
  });
  errors.sort((a, b) => a.row - b.row);
  const alreadyStored = rejected ? 0 : findings.alreadyStored;
  return {
    status: rejected ? "REJECTED" : "VALIDATED",
    importId,
    fileName: file.fileName,
    encoding,
    rowCount,
    errorCount,
    alreadyStored,
    errors,
    ...worded(
      rejected
        ? ref("import.rejected", { errorCount, rowCount })
        : alreadyStored > 0
          ? ref("import.validSomeStored", { rowCount, newCount: rowCount - alreadyStored, alreadyStored })
          : ref("import.valid", { rowCount }),
    ),
  };
}
