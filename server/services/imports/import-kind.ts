// What differs between the CSV files the app imports (the call center's callbacks, the hotline's
// complaints): their columns and row rules, their staging table, the checks against stored data
// and how staged rows are stored. The rest (upload, encodings, progress, all-or-nothing, the same
// file never twice, clean-up) is one machinery in this folder.
import type { ImportKind } from "../../db/generated/client.ts";
import type { CellError } from "../../../shared/domain/callback-csv.ts";
import type { AuditAction, AuditEntityType } from "../../../shared/domain/audit-vocabulary.ts";
import type { MessageRef } from "../../../shared/messages/message-ref.ts";
import type { Permission } from "../../../shared/domain/roles.ts";
import type { TImportError } from "../../../shared/schemas/csv-imports.ts";
import type { SessionUser, ActingUser } from "../../context.ts";
import type { Db, DbReader, DbTransaction } from "../../db/create-database.ts";

/** The rows of one file, checked against what was read once for it (centers, periods, policy). */
export interface RowRules<Row, Header> {
  mapHeader(cells: readonly string[]): { map: Header } | { error: MessageRef };
  validateRow(cells: readonly string[], header: Header): { ok: true; row: Row } | { ok: false; errors: CellError[] };
  /** What may appear once per file (a work order, a ticket number), with the column it is in. */
  uniqueKey(row: Row): string;
  uniqueColumn(header: Header): string;
  duplicateInFile(row: Row, firstRow: number): MessageRef;
  /** One valid row as a line of CSV for COPY into the staging table. */
  stagingLine(importId: number, rowNo: number, row: Row): string;
}

export interface StagingFindings {
  /** Problems with stored data (they reject the file), the first `limit` listed, all counted. */
  listed: TImportError[];
  total: number;
  /** Rows that are already stored and will be skipped (idempotent imports), not problems. */
  alreadyStored: number;
}

export interface CsvImportKind<Row, Header> {
  kind: ImportKind;
  permission: Permission;
  stagingTable: string;
  stagingColumns: readonly string[];
  auditAction: AuditAction;
  auditEntityType: AuditEntityType;
  rowRules(db: Db, user: SessionUser, now: Date): Promise<RowRules<Row, Header>>;
  /** Set-based checks of the staged rows against stored data. */
  findStagingProblems(
    db: DbReader,
    staged: { importId: number; limit: number; uniqueColumn: string },
  ): Promise<StagingFindings>;
  /**
   * Stores the staged rows in the commit's transaction, after re-checking what may have changed
   * since validation (throwing a DomainError refuses the whole file). Returns what was stored and
   * what was skipped as already stored.
   */
  storeStaged(
    tx: DbTransaction,
    staged: { importId: number; user: ActingUser; now: Date; rowCount: number },
  ): Promise<{ inserted: number; skipped: number }>;
  /** What the uploader reads once the file is stored. */
  storedMessage(stored: { inserted: number; skipped: number }): MessageRef;
}

/** A kind whose row type is not needed by the caller (the route, the commit). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCsvImportKind = CsvImportKind<any, any>;
