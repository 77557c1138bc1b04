// "My reports" for an auditor; every submitted report of the regions for a manager or headquarters,
// who may void one (with a reason).
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { REPORT_KINDS, type ReportKind } from "../../../../shared/schemas/reports.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ReportsTable } from "./reports-table.tsx";
import { VoidReportDialog } from "../../components/void-report-dialog.tsx";
import { Notice } from "../../components/ui/notice.tsx";
import { useNetworkTimeZone } from "../../lib/zoned-time.ts";
import { QueryState } from "../../components/ui/query-state.tsx";

type Status = "DRAFT" | "SUBMITTED" | "VOIDED";

export function ReportsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useQuery(trpc.session.me.queryOptions());
  const timeZone = useNetworkTimeZone();
  const [status, setStatus] = useState<Status | undefined>();
  const [kind, setKind] = useState<ReportKind | undefined>();
  const [voiding, setVoiding] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const [periodKey, setPeriodKey] = useState("");
  const [page, setPage] = useState(1);
  // A filter changed: back to the first page.
  const filtered =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };
  const reports = useQuery({
    ...trpc.reports.list.queryOptions({
      status,
      kind,
      search: search.trim() || undefined,
      periodKey: /^\d{4}-\d{2}$/.test(periodKey) ? periodKey : undefined,
      page,
    }),
    placeholderData: keepPreviousData,
  });
  const pages = reports.data ? Math.max(1, Math.ceil(reports.data.total / reports.data.pageSize)) : 1;
  const auditor = me.data?.role === "AUDITOR";

  return (
    <section aria-labelledby="reports-title" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 id="reports-title" className="text-2xl font-semibold">
          {auditor ? t("reports.mineTitle") : t("reports.title")}
        </h1>
        <div className="flex flex-wrap gap-2 text-sm">
          <input
            type="search"
            aria-label={t("reports.search")}
            placeholder={t("reports.search")}
            value={search}
            maxLength={100}
            onChange={(e) => filtered(setSearch)(e.target.value)}
            className="w-48 rounded border border-slate-300 bg-white px-2 py-1.5"
          />
          <input
            type="month"
            aria-label={t("reports.period")}
            value={periodKey}
            onChange={(e) => filtered(setPeriodKey)(e.target.value)}
            className="rounded border border-slate-300 bg-white px-2 py-1.5"
          />
          <select
            aria-label={t("reports.col.status")}
            value={status ?? ""}
            onChange={(e) => filtered(setStatus)((e.target.value || undefined) as Status | undefined)}
            className="rounded border border-slate-300 bg-white px-2 py-1.5"
          >
            <option value="">{t("reports.allStatuses")}</option>
            {(["DRAFT", "SUBMITTED", "VOIDED"] as const).map((s) => (
              <option key={s} value={s}>
                {t(`reportStatus.${s}`)}
              </option>
            ))}
          </select>
          <select
            aria-label={t("reports.col.kind")}
            value={kind ?? ""}
            onChange={(e) => filtered(setKind)((e.target.value || undefined) as ReportKind | undefined)}
            className="rounded border border-slate-300 bg-white px-2 py-1.5"
          >
            <option value="">{t("reports.allKinds")}</option>
            {REPORT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`reportKind.${k}`)}
              </option>
            ))}
          </select>
          {auditor && (
            <>
              <Link
                to="/reports/new/$kind"
                params={{ kind: "VISIT" }}
                className="rounded bg-indigo-600 px-3 py-1.5 font-medium text-white"
              >
                {t("reports.newVisit")}
              </Link>
              <Link
                to="/reports/new/$kind"
                params={{ kind: "SPOT_CHECK" }}
                className="rounded border border-indigo-600 px-3 py-1.5 font-medium text-indigo-700"
              >
                {t("reports.newSpotCheck")}
              </Link>
            </>
          )}
        </div>
      </div>
      {notice && <Notice tone="success">{notice}</Notice>}
      <QueryState query={reports} />
      {reports.data &&
        (reports.data.total === 0 ? (
          <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">
            {auditor ? t("reports.empty") : t("reports.emptyReview")}
          </p>
        ) : (
          <>
            <p className="text-sm text-slate-600" data-testid="reports-count">
              {t("reports.count", {
                total: reports.data.total,
                first: (page - 1) * reports.data.pageSize + 1,
                last: (page - 1) * reports.data.pageSize + reports.data.rows.length,
              })}
            </p>
            <ReportsTable
              reports={reports.data.rows}
              timeZone={timeZone}
              canVoid={!auditor}
              onVoid={(id) => setVoiding(id)}
            />
            {pages > 1 && (
              <nav aria-label={t("reports.pages")} className="flex items-center gap-2 text-sm">
                <button
                  type="button"
                  disabled={page <= 1}
                  onClick={() => setPage(page - 1)}
                  className="min-h-11 rounded border border-slate-300 px-3 disabled:opacity-50"
                >
                  {t("reports.previous")}
                </button>
                <span>{t("reports.pageOf", { page, pages })}</span>
                <button
                  type="button"
                  disabled={page >= pages}
                  onClick={() => setPage(page + 1)}
                  className="min-h-11 rounded border border-slate-300 px-3 disabled:opacity-50"
                >
                  {t("reports.next")}
                </button>
              </nav>
            )}
          </>
        ))}
      {voiding !== null && (
        <VoidReportDialog
          reportId={voiding}
          onClose={() => setVoiding(null)}
          onVoided={() => {
            setNotice(t("reports.voided", { id: voiding }));
            setVoiding(null);
          }}
        />
      )}
    </section>
  );
}
