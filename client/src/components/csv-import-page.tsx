// Importing a CSV file (the call center's callbacks, the hotline's complaints): check the file
// (every problem by row and column), then import it as a whole. A large file shows upload and
// checking progress. Each kind's page gives its address, words and procedures.
import { createColumnHelper, useTable } from "@tanstack/react-table";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type SortableFeatures, SortableTable, sortableFeatures } from "./ui/sortable-table.tsx";
import { refusalOf } from "../lib/server-errors.ts";
import { type ImportAddress, type UploadResult, uploadCsvFile } from "../lib/upload-csv-file.ts";
import { formatInZone, useNetworkTimeZone } from "../lib/zoned-time.ts";
import { Notice } from "./ui/notice.tsx";
import type { TImportError } from "../../../shared/schemas/csv-imports.ts";
import { useMessageText } from "../lib/messages.ts";
import type { ImportProcedures } from "../lib/import-procedures.ts";

const errorColumn = createColumnHelper<SortableFeatures, TImportError>();
// The problem is worded from its message key: that column wraps, the others stay on one line.
const MESSAGE_COLUMN: ReadonlySet<string> = new Set(["messageRef"]);

/** The words that differ per kind: i18n keys under the kind's group. */
export interface ImportWords {
  title: string;
  intro: string;
  /** "Import {{rows}} callbacks" */
  commit: (rows: number) => string;
  committed: (stored: { insertedCount: number; skippedCount: number }) => string;
}

export function CsvImportPage({
  address,
  columns,
  words,
  procedures,
}: {
  address: ImportAddress;
  /** The accepted header names, "english / 中文" per column. */
  columns: string;
  words: ImportWords;
  procedures: ImportProcedures;
}) {
  const { t } = useTranslation();
  const text = useMessageText();
  const [file, setFile] = useState<File | null>(null);
  const [token, setToken] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [result, setResult] = useState<UploadResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [committed, setCommitted] = useState<string | null>(null);
  const imports = procedures.useImports();
  const timeZone = useNetworkTimeZone();
  const rowsRead = procedures.useRowsRead(token, token !== null && uploaded === 1);
  const commit = procedures.useCommit();

  async function handleCheck(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    const progressToken = crypto.randomUUID();
    setToken(progressToken);
    setUploaded(0);
    setResult(null);
    setFailure(null);
    setCommitted(null);
    try {
      setResult(await uploadCsvFile(address, file, { progressToken, onUploadProgress: setUploaded }));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setToken(null);
      setUploaded(null);
      await imports.refresh();
    }
  }

  async function handleCommit(importId: number) {
    try {
      setCommitted(words.committed(await commit.commit(importId)));
      setResult(null);
      await imports.refresh();
    } catch (error) {
      setFailure(refusalOf(error).message);
    }
  }

  const errorTable = useTable({
    features: sortableFeatures,
    columns: errorColumn.columns([
      errorColumn.accessor("row", { header: t("imports.col.row") }),
      errorColumn.accessor("column", { header: t("imports.col.column") }),
      errorColumn.accessor("messageRef", {
        header: t("imports.col.message"),
        enableSorting: false,
        cell: (info) => text(info.getValue()),
      }),
    ]),
    data: result?.status === "REJECTED" ? result.errors : [],
  });

  return (
    <section aria-labelledby="import-title" className="max-w-4xl space-y-4">
      <h1 id="import-title" className="text-2xl font-semibold">
        {words.title}
      </h1>
      <p className="text-sm text-slate-600">{words.intro}</p>
      <p className="text-xs text-slate-500">{t("imports.columns", { columns })}</p>
      <form
        onSubmit={(e) => void handleCheck(e)}
        className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-4"
      >
        <div>
          <label htmlFor="import-file" className="mb-1 block text-sm font-medium">
            {t("imports.file")}
          </label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button
          type="submit"
          disabled={!file || uploaded !== null}
          className="rounded bg-indigo-600 px-4 py-2 font-medium text-white disabled:opacity-60"
        >
          {t("imports.validate")}
        </button>
      </form>
      {uploaded !== null && (
        <div role="status" aria-live="polite" className="space-y-1 text-sm">
          <progress max={1} value={uploaded} className="w-full" />
          <p>
            {uploaded < 1
              ? t("imports.uploading", { percent: Math.round(uploaded * 100) })
              : t("imports.validating", { rows: rowsRead })}
          </p>
        </div>
      )}
      {failure && <Notice tone="error">{failure}</Notice>}
      {committed && (
        <Notice tone="success" testId="import-committed">
          {committed}
        </Notice>
      )}
      {result?.status === "ALREADY_IMPORTED" && (
        <Notice tone="warning">{t("imports.alreadyImported", { id: result.importId })}</Notice>
      )}
      {result?.status === "REJECTED" && (
        <div className="space-y-2">
          <Notice tone="error" testId="import-rejected">
            {t("imports.rejected", { count: result.errorCount, rows: result.rowCount })}
            {result.errorCount > result.errors.length &&
              ` ${t("imports.listedOnly", { listed: result.errors.length })}`}
          </Notice>
          <SortableTable
            table={errorTable}
            testId="import-errors"
            rowAttributes={(e) => ({ "data-row": e.row })}
            wrappingColumns={MESSAGE_COLUMN}
          />
        </div>
      )}
      {result?.status === "VALIDATED" && (
        <div className="flex flex-wrap items-center gap-3 rounded bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <span data-testid="import-validated">
            {t("imports.validated", { rows: result.rowCount, encoding: result.encoding })}
            {result.alreadyStored > 0 &&
              ` ${t("imports.alreadyStored", { count: result.alreadyStored, fresh: result.rowCount - result.alreadyStored })}`}
          </span>
          {/* Every row already stored: nothing to import, so no button that would store nothing. */}
          {result.alreadyStored < result.rowCount ? (
            <button
              type="button"
              disabled={commit.pending}
              onClick={() => void handleCommit(result.importId)}
              className="rounded bg-emerald-700 px-3 py-1.5 font-medium text-white disabled:opacity-60"
            >
              {commit.pending ? t("imports.committing") : words.commit(result.rowCount - result.alreadyStored)}
            </button>
          ) : (
            <span data-testid="import-nothing-new">{t("imports.nothingNew")}</span>
          )}
        </div>
      )}
      <h2 className="pt-4 text-lg font-semibold">{t("imports.recent")}</h2>
      {imports.list && imports.list.length === 0 && <p className="text-sm text-slate-500">{t("imports.noImports")}</p>}
      {imports.list && imports.list.length > 0 && (
        <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white text-sm">
          {imports.list.map((item) => (
            <li key={item.id} className="flex flex-wrap justify-between gap-2 px-3 py-2">
              <span>
                #{item.id} · {item.fileName}
              </span>
              <span className="text-slate-600">
                {t(`imports.importStatus.${item.status}`)} ·{" "}
                {t("imports.rowsSummary", { rows: item.rowCount, stored: item.insertedCount })}
                {item.skippedCount > 0 && ` · ${t("imports.skippedSummary", { skipped: item.skippedCount })}`} ·{" "}
                {formatInZone(item.createdAt, timeZone)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
