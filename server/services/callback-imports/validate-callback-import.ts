// Step one of a callback import: read the whole file, check every row, and stage the valid ones
// with COPY. The result lists every problem by row and column; only an error-free file can be
// committed (commit-callback-import.ts). A file already committed is recognised by its SHA-256.
import { importError, type TImportError, type TImportValidation } from "../../../shared/schemas/callback-imports.ts";
import {
  type CenterLookup,
  type HeaderMap,
  mapHeader,
  validateCallbackRow,
} from "../../../shared/domain/callback-csv.ts";
import type { SessionUser } from "../../context.ts";
import { copyCsvFor } from "../../db/bulk-copy.ts";
import type { Db } from "../../db/create-database.ts";
import { currentPolicyVersion } from "../policy/policy-record.ts";
import { readFirstPeriod } from "../periods/period-standing.ts";
import { centersInScope } from "../scope/region-scope.ts";
import { failCallbackImport, recordImportProgress } from "./import-lifecycle.ts";
import { type CsvRecord, CsvSyntaxError, detectEncoding, readCsvRecordBatches } from "./read-csv-file.ts";
import { findStagingProblems } from "./staging-checks.ts";
import { STAGING_COLUMNS, stagingLine } from "./staging-line.ts";
import { ref, worded } from "../../../shared/messages/message-ref.ts";

/** How many problems are listed; all of them are counted. */
export const LISTED_ERRORS = 1000;

export type ImportError = TImportError;
export type ImportValidation = TImportValidation;

/**
 * Checks and stages the file of import `importId` (started by startCallbackImport, its file now
 * received). Whatever happens, the import ends VALIDATED, REJECTED or, on an unexpected error,
 * FAILED with its staged rows removed; the error is then rethrown for the caller to log.
 */
export async function validateCallbackImport(
  db: Db,
  user: SessionUser,
  file: { importId: number; path: string; fileName: string; sha256: string },
  { now = new Date() }: { now?: Date } = {},
): Promise<ImportValidation> {
  try {
    return await checkAndStage(db, user, file, now);
  } catch (error) {
    await failCallbackImport(
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
  file: { importId: number; path: string; fileName: string; sha256: string },
  now: Date,
): Promise<ImportValidation> {
  const importId = file.importId;
  const committed = await db.callbackImport.findFirst({
    where: { fileSha256: file.sha256, status: "COMMITTED" },
    select: { id: true, committedAt: true, insertedCount: true, fileName: true },
  });
  if (committed) {
    await db.callbackImport.update({
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
    await db.callbackImport.update({
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
      errors: [error],
      ...worded(detected.refused),
    };
  }
  const { encoding, bomLength } = detected;
  await db.callbackImport.update({
    where: { id: importId },
    data: { fileSha256: file.sha256, encoding, status: "VALIDATING", updatedAt: new Date() },
  });
  const context = {
    now,
    timeZone: (await currentPolicyVersion(db)).policy.timeZone,
    centers: await centerLookup(db, user, now),
    firstPeriod: await readFirstPeriod(db),
    isClosed: closedPeriodSet(await db.period.findMany({ where: { status: "CLOSED" }, select: { key: true } })),
  };

  const errors: ImportError[] = [];
  let errorCount = 0;
  let rowCount = 0;
  let workOrderLabel = "work_order_no";
  const addError = (error: ImportError) => {
    errorCount++;
    if (errors.length < LISTED_ERRORS) errors.push(error);
  };

  // First row of each work order: a Map is far quicker than a sort of the staged rows.
  const firstRowOf = new Map<string, number>();

  /** The valid rows of each batch of records, as one piece of CSV for COPY. */
  async function* stagingPieces(): AsyncGenerator<string> {
    let header: HeaderMap | null = null;
    try {
      for await (const records of readCsvRecordBatches(file.path, encoding, bomLength)) {
        const lines: string[] = [];
        for (const record of records) {
          if (!header) {
            const mapped = mapHeader(record.cells);
            if ("error" in mapped) {
              addError(importError(record.line, "(header)", mapped.error));
              return;
            }
            header = mapped.map;
            workOrderLabel = header.label.workOrderNo ?? workOrderLabel;
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
    if (!header) addError(importError(1, "(header)", ref("csv.empty")));
    else if (rowCount === 0) addError(importError(2, "(file)", ref("csv.noRows")));
  }

  /** One record checked: its staging line, or null with its problems listed. */
  function stagingLineOf(record: CsvRecord, header: HeaderMap): string | null {
    const result = validateCallbackRow(record.cells, header, context);
    if (!result.ok) {
      for (const error of result.errors) addError(importError(record.line, error.column, error.message));
      return null;
    }
    const firstRow = firstRowOf.get(result.row.workOrderNo);
    if (firstRow !== undefined) {
      addError(
        importError(
          record.line,
          workOrderLabel,
          ref("csv.workOrderTwiceInFile", { workOrderNo: result.row.workOrderNo, firstRow }),
        ),
      );
      return null;
    }
    firstRowOf.set(result.row.workOrderNo, record.line);
    return stagingLine(importId, record.line, result.row);
  }

  await copyCsvFor(db)("callback_import_staging", STAGING_COLUMNS, stagingPieces());
  firstRowOf.clear();
  await recordImportProgress(db, importId, rowCount);
  const problems = await findStagingProblems(db, { importId, limit: LISTED_ERRORS, column: workOrderLabel });
  errorCount += problems.total;
  errors.push(...problems.listed.slice(0, Math.max(0, LISTED_ERRORS - errors.length)));

  const rejected = errorCount > 0;
  if (rejected) await db.callbackImportRow.deleteMany({ where: { importId } });
  await db.callbackImport.update({
    where: { id: importId },
    data: {
      status: rejected ? "REJECTED" : "VALIDATED",
      rowCount,
      errorCount,
      rowsRead: rowCount,
      updatedAt: new Date(),
    },
  });
  errors.sort((a, b) => a.row - b.row);
  return {
    status: rejected ? "REJECTED" : "VALIDATED",
    importId,
    fileName: file.fileName,
    encoding,
    rowCount,
    errorCount,
    errors,
    ...worded(rejected ? ref("import.rejected", { errorCount, rowCount }) : ref("import.valid", { rowCount })),
  };
}

/** The centers the user may import for (region scope), by code, with whether each is revoked. */
async function centerLookup(db: Db, user: SessionUser, now: Date): Promise<Map<string, CenterLookup>> {
  const rows = await db.center.findMany({
    where: centersInScope(user),
    select: {
      id: true,
      code: true,
      revocationProposals: { where: { status: "ISSUED", effectiveAt: { lte: now } }, select: { id: true }, take: 1 },
    },
  });
  return new Map(rows.map((c) => [c.code.toUpperCase(), { id: c.id, revoked: c.revocationProposals.length > 0 }]));
}

function closedPeriodSet(periods: { key: string }[]): (periodKey: string) => boolean {
  const closed = new Set(periods.map((p) => p.key));
  return (periodKey) => closed.has(periodKey);
}
