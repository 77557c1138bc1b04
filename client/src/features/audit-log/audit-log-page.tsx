// Headquarters reads the audit log: newest first, filtered, each entry's before/after on demand,
// and the filtered log as CSV (streamed by the server, so the whole log can be exported).
import { useInfiniteQuery } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TAuditLogFilterInput } from "../../../../shared/schemas/audit-log.ts";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { formatInZone, useNetworkTimeZone } from "../../lib/zoned-time.ts";
import { AuditLogFilters } from "./audit-log-filters.tsx";
import { auditActionName, auditEntityTypeName } from "./audit-words.ts";
import { QueryState } from "../../components/ui/query-state.tsx";

type Entry = RouterOutputs["auditLog"]["list"]["entries"][number];

/** The filters that are set, as the export form's fields. */
function exportFields(filter: TAuditLogFilterInput): [string, string][] {
  return Object.entries(filter).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string" && !!entry[1],
  );
}

export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const timeZone = useNetworkTimeZone();
  const [filter, setFilter] = useState<TAuditLogFilterInput>({});
  const [open, setOpen] = useState<string | null>(null);
  const log = useInfiniteQuery(
    trpc.auditLog.list.infiniteQueryOptions({ filter }, { getNextPageParam: (page) => page.nextCursor ?? undefined }),
  );
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <section aria-labelledby="audit-title" className="space-y-4">
      <div className="flex items-end justify-between">
        <h1 id="audit-title" className="text-2xl font-semibold">
          {t("auditLog.title")}
        </h1>
        {/* A form POST: the export is audited, so no link may set it off; the browser saves the file. */}
        <form method="post" action="/api/audit-log.csv">
          {exportFields(filter).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <input type="hidden" name="language" value={i18n.language} />
          <button
            type="submit"
            className="rounded border border-indigo-600 px-3 py-1.5 text-sm font-medium text-indigo-700"
          >
            {t("auditLog.export")}
          </button>
        </form>
      </div>
      <AuditLogFilters timeZone={timeZone} onApply={setFilter} />
      {!log.data ? (
        <QueryState query={log} />
      ) : entries.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">{t("auditLog.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm" data-testid="audit-table">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("auditLog.at")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("auditLog.actor")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("auditLog.action")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("auditLog.record")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("auditLog.details")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {entries.map((entry) => (
                <Fragment key={entry.id}>
                  <tr data-audit-action={entry.action}>
                    <td className="px-3 py-2 whitespace-nowrap">{formatInZone(entry.at, timeZone)}</td>
                    <td className="px-3 py-2">{entry.actorEmail ?? t("auditLog.system")}</td>
                    <td className="px-3 py-2">{auditActionName(t, entry.action)}</td>
                    <td className="px-3 py-2">
                      {auditEntityTypeName(t, entry.entityType)}
                      {entry.entityId ? ` #${entry.entityId}` : ""}
                    </td>
                    <td className="px-3 py-2">
                      {(entry.before !== null || entry.after !== null) && (
                        <button
                          type="button"
                          aria-expanded={open === entry.id}
                          onClick={() => setOpen(open === entry.id ? null : entry.id)}
                          className="text-indigo-700 underline"
                        >
                          {open === entry.id ? t("auditLog.hide") : t("auditLog.show")}
                        </button>
                      )}
                    </td>
                  </tr>
                  {open === entry.id && <EntryDetails entry={entry} />}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.hasNextPage && (
        <button
          type="button"
          onClick={() => void log.fetchNextPage()}
          disabled={log.isFetchingNextPage}
          className="rounded border border-slate-300 px-4 py-1.5 text-sm"
        >
          {t("auditLog.more")}
        </button>
      )}
    </section>
  );
}

/** Before and after side by side, one row per field, the changed ones marked. */
function EntryDetails({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const before = asFields(entry.before);
  const after = asFields(entry.after);
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const shown = (fields: Record<string, unknown>, name: string) =>
    name in fields ? formatValue(fields[name]) : t("auditLog.none");
  return (
    <tr data-testid="audit-details">
      <td colSpan={5} className="px-3 py-2">
        <table className="w-full text-xs">
          <thead className="text-left text-slate-600">
            <tr>
              <th className="py-1 pr-3">{t("auditLog.field")}</th>
              <th className="py-1 pr-3">{t("auditLog.before")}</th>
              <th className="py-1">{t("auditLog.after")}</th>
            </tr>
          </thead>
          <tbody>
            {names.map((name) => {
              const changed = shown(before, name) !== shown(after, name);
              return (
                <tr key={name} className={changed ? "bg-amber-50" : ""}>
                  <td className="py-1 pr-3 font-mono">{name}</td>
                  <td className="py-1 pr-3 break-all whitespace-pre-wrap">{shown(before, name)}</td>
                  <td className="py-1 break-all whitespace-pre-wrap">{shown(after, name)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {entry.ip && <p className="mt-1 text-xs text-slate-500">IP {entry.ip}</p>}
      </td>
    </tr>
  );
}

function asFields(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  return typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  return typeof value === "string" ? value : JSON.stringify(value);
}
