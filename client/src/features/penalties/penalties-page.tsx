// The penalty ledger (DOMAIN-2.md, Penalties): every penalty of the user's scope by period, status
// and kind, totals per status and per center, the CSV export; headquarters decides proposals (never
// its own) and settles confirmed fines from here.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { createColumnHelper, useTable } from "@tanstack/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../../../../shared/domain/roles.ts";
import { PENALTY_KINDS, PENALTY_STATUSES, type TListPenaltiesInput } from "../../../../shared/schemas/penalties.ts";
import { Notice } from "../../components/ui/notice.tsx";
import { OptionSelect } from "../../components/ui/option-select.tsx";
import { QueryState } from "../../components/ui/query-state.tsx";
import { type SortableFeatures, SortableTable, sortableFeatures } from "../../components/ui/sortable-table.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { storedMessageText } from "../../lib/messages.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { formatDateInZone, useNetworkTimeZone } from "../../lib/zoned-time.ts";
import { downloadLedger } from "./download-ledger.ts";
import { PenaltyDecision } from "./penalty-decision.tsx";

type Ledger = RouterOutputs["penalties"]["list"];
type Penalty = Ledger["rows"][number];
const column = createColumnHelper<SortableFeatures, Penalty>();

export function PenaltiesPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const zone = useNetworkTimeZone();
  const me = useQuery(trpc.session.me.queryOptions());
  const [filters, setFilters] = useState<TListPenaltiesInput>({});
  const [opened, setOpened] = useState<Penalty | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const ledger = useQuery({ ...trpc.penalties.list.queryOptions(filters), placeholderData: keepPreviousData });
  const decides = me.data != null && can(me.data.role, "penalties.decide");
  const csv = useQuery({
    ...trpc.penalties.ledgerCsv.queryOptions({ ...filters, language: i18n.language === "en" ? "en" : "zh-CN" }),
    enabled: false,
  });

  const table = useTable({
    features: sortableFeatures,
    data: ledger.data?.rows ?? [],
    columns: column.columns([
      column.accessor("id", { header: t("penalties.col.id"), cell: (i) => `#${i.getValue()}` }),
      column.accessor((p) => p.center.code, {
        id: "center",
        header: t("penalties.col.center"),
        cell: (i) => (
          <Link
            to="/centers/$centerId"
            params={{ centerId: String(i.row.original.center.id) }}
            className="text-indigo-700 underline"
          >
            {i.getValue()} · {i.row.original.center.name}
          </Link>
        ),
      }),
      column.accessor("kind", {
        header: t("penalties.col.kind"),
        cell: (i) => kindText(t(`penalties.kind.${i.getValue()}`), i.row.original),
      }),
      column.accessor("status", {
        header: t("penalties.col.status"),
        cell: (i) => <span data-penalty-status={i.getValue()}>{t(`penalties.status.${i.getValue()}`)}</span>,
      }),
      column.accessor("basis", { header: t("penalties.col.basis"), cell: (i) => t(`penalties.basis.${i.getValue()}`) }),
      column.accessor("reason", { header: t("penalties.col.reason"), cell: (i) => storedMessageText(i.getValue()) }),
      column.accessor("periodKey", { header: t("penalties.col.period") }),
      column.accessor((p) => Date.parse(p.proposedAt), {
        id: "proposed",
        header: t("penalties.col.proposed"),
        cell: (i) => formatDateInZone(i.row.original.proposedAt, zone),
      }),
      column.display({
        id: "open",
        header: "",
        cell: (i) =>
          decides &&
          (i.row.original.status === "PROPOSED" ||
            (i.row.original.status === "CONFIRMED" && i.row.original.kind === "FINE")) ? (
            <button type="button" className="text-indigo-700 underline" onClick={() => setOpened(i.row.original)}>
              {t("penalties.decide")}
            </button>
          ) : null,
      }),
    ]),
  });

  const data = ledger.data;
  return (
    <section aria-labelledby="penalties-title" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 id="penalties-title" className="text-2xl font-semibold">
          {t("penalties.title")}
        </h1>
        <button
          type="button"
          className="min-h-11 rounded border border-slate-300 bg-white px-4"
          onClick={() => void csv.refetch().then((result) => result.data && downloadLedger(result.data))}
        >
          {t("penalties.export")}
        </button>
      </div>
      {notice && (
        <Notice tone="success" testId="penalty-outcome">
          {notice}
        </Notice>
      )}
      <div className="flex flex-wrap gap-2 text-sm">
        <OptionSelect
          label={t("penalties.col.status")}
          allLabel={t("penalties.allStatuses")}
          value={filters.status ?? ""}
          onChange={(v) => setFilters({ ...filters, status: (v || undefined) as TListPenaltiesInput["status"] })}
          options={PENALTY_STATUSES.map((s) => ({ value: s, label: t(`penalties.status.${s}`) }))}
        />
        <OptionSelect
          label={t("penalties.col.kind")}
          allLabel={t("penalties.allKinds")}
          value={filters.kind ?? ""}
          onChange={(v) => setFilters({ ...filters, kind: (v || undefined) as TListPenaltiesInput["kind"] })}
          options={PENALTY_KINDS.map((k) => ({ value: k, label: t(`penalties.kind.${k}`) }))}
        />
        <input
          type="month"
          aria-label={t("penalties.col.period")}
          value={filters.periodKey ?? ""}
          onChange={(e) => setFilters({ ...filters, periodKey: e.target.value || undefined })}
          className="rounded border border-slate-300 bg-white px-2 py-1.5"
        />
      </div>
      <QueryState query={ledger} />
      {data && <Totals ledger={data} />}
      {data?.rows.length === 0 && (
        <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">{t("penalties.empty")}</p>
      )}
      {data && data.rows.length > 0 && (
        <SortableTable
          table={table}
          testId="penalties-table"
          rowAttributes={(p) => ({ "data-penalty-id": p.id })}
          wrappingColumns={new Set(["reason"])}
          breakableColumns={new Set(["center"])}
          phoneHidden={new Set(["basis", "reason", "period", "proposed"])}
        />
      )}
      {opened && (
        <PenaltyDecision
          key={opened.id}
          penalty={opened}
          ownProposal={opened.proposedById === me.data?.id}
          onClose={() => setOpened(null)}
          onDone={(message) => {
            setOpened(null);
            setNotice(message);
          }}
        />
      )}
    </section>
  );
}

/** "Fine ¥2,000", "Downgrade B → C", "Termination": the kind (in words) with what it amounts to. */
function kindText(kind: string, p: Penalty): string {
  if (p.kind === "FINE") return `${kind} ¥${p.amountYuan?.toLocaleString() ?? ""}`;
  if (p.kind === "DOWNGRADE" && p.gradeFrom) return `${kind} ${p.gradeFrom} → ${p.gradeTo ?? ""}`;
  return kind;
}

function Totals({ ledger }: { ledger: Ledger }) {
  const { t } = useTranslation();
  const fines = ledger.totals.filter((row) => row.kind === "FINE");
  const sum = (statuses: readonly string[]) =>
    fines.filter((row) => statuses.includes(row.status)).reduce((total, row) => total + row.amountYuan, 0);
  const cells: [string, string][] = [
    [t("penalties.totals.count"), String(ledger.total)],
    [t("penalties.totals.proposed"), `¥${sum(["PROPOSED"]).toLocaleString()}`],
    [t("penalties.totals.unpaid"), `¥${sum(["CONFIRMED"]).toLocaleString()}`],
    [t("penalties.totals.paid"), `¥${sum(["PAID"]).toLocaleString()}`],
    [t("penalties.totals.waived"), `¥${sum(["WAIVED"]).toLocaleString()}`],
  ];
  return (
    <div className="space-y-2">
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-5" data-testid="penalty-totals">
        {cells.map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-xs text-slate-600">{label}</dt>
            <dd className="text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      {ledger.byCenter.length > 0 && (
        <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
          <summary className="cursor-pointer font-medium">{t("penalties.byCenter")}</summary>
          <ul className="mt-2 space-y-1">
            {ledger.byCenter.map((row) => (
              <li key={row.center.id}>
                {row.center.code} · {row.center.name}
                {row.center.partnerName && ` · ${row.center.partnerName}`} ·{" "}
                {t("penalties.centerTotal", { count: row.count, yuan: row.amountYuan.toLocaleString() })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
