// Importing the call center's CSV: check the file (every problem by row and column), then import
// it as a whole. A large file shows upload and checking progress.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createColumnHelper, useTable } from "@tanstack/react-table";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type SortableFeatures, SortableTable, sortableFeatures } from "../../components/ui/sortable-table.tsx";
import { refusalOf } from "../../lib/server-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { type UploadResult, uploadCallbackFile } from "../../lib/upload-callback-file.ts";
import { formatInZone, useNetworkTimeZone } from "../../lib/zoned-time.ts";
import { Notice } from "../../components/ui/notice.tsx";
import type { TImportError } from "../../../../shared/schemas/callback-imports.ts";
import { CALLBACK_CSV_COLUMNS, CALLBACK_CSV_HEADER } from "../../../../shared/domain/callback-csv.ts";
import { useMessageText } from "../../lib/messages.ts";

const errorColumn = createColumnHelper<SortableFeatures, TImportError>();
const MESSAGE_COLUMN: ReadonlySet<string> = new Set(["message"]);

/** Each column's English and Chinese header: the file may use either. */
const CSV_HEADER_NAMES = CALLBACK_CSV_COLUMNS.map((column) => {
  const names = CALLBACK_CSV_HEADER[column];
  return `${names[0]} / ${names.find((name) => /\p{Script=Han}/u.test(name)) ?? names[0]}`;
}).join(", ");

export function ImportPage() {
  const { t } = useTranslation();
  const text = useMessageText();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [token, setToken] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [result, setResult] = useState<UploadResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [committed, setCommitted] = useState<string | null>(null);
  const imports = useQuery(trpc.callbacks.imports.queryOptions());
  const timeZone = useNetworkTimeZone();
  const progress = useQuery({
    ...trpc.callbacks.importProgress.queryOptions({ token: token ?? "00000000-0000-4000-8000-000000000000" }),
    enabled: token !== null && uploaded === 1,
    refetchInterval: 500,
  });
  const commit = useMutation(trpc.callbacks.commitImport.mutationOptions());

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
      setResult(await uploadCallbackFile(file, { progressToken, onUploadProgress: setUploaded }));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setToken(null);
      setUploaded(null);
      await queryClient.invalidateQueries({ queryKey: trpc.callbacks.imports.queryKey() });
    }
  }

  async function handleCommit(importId: number) {
    try {
      const done = await commit.mutateAsync({ importId });
      setCommitted(t("imports.committed", { count: done.insertedCount }));
      setResult(null);
      await queryClient.invalidateQueries({ queryKey: trpc.callbacks.imports.queryKey() });
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
        {t("imports.title")}
      </h1>
      <p className="text-sm text-slate-600">{t("imports.intro")}</p>
      <p className="text-xs text-slate-500">{t("imports.columns", { columns: CSV_HEADER_NAMES })}</p>
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
              : t("imports.validating", { rows: progress.data?.rowsRead ?? 0 })}
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
          </span>
          <button
            type="button"
            disabled={commit.isPending}
            onClick={() => void handleCommit(result.importId)}
            className="rounded bg-emerald-700 px-3 py-1.5 font-medium text-white disabled:opacity-60"
          >
            {commit.isPending ? t("imports.committing") : t("imports.commit", { rows: result.rowCount })}
          </button>
        </div>
      )}
      <h2 className="pt-4 text-lg font-semibold">{t("imports.recent")}</h2>
      {imports.data && imports.data.length === 0 && <p className="text-sm text-slate-500">{t("imports.noImports")}</p>}
      {imports.data && imports.data.length > 0 && (
        <ul className="divide-y divide-slate-100 rounded border border-slate-200 bg-white text-sm">
          {imports.data.map((item) => (
            <li key={item.id} className="flex flex-wrap justify-between gap-2 px-3 py-2">
              <span>
                #{item.id} · {item.fileName}
              </span>
              <span className="text-slate-600">
                {t(`imports.importStatus.${item.status}`)} ·{" "}
                {t("imports.rowsSummary", { rows: item.rowCount, stored: item.insertedCount })} ·{" "}
                {formatInZone(item.createdAt, timeZone)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
