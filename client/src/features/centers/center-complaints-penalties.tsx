// A center's complaints (the latest, with their clocks and findings) and its penalties, for those
// who may read them: the complaints desk, its regional manager and headquarters.
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { can } from "../../../../shared/domain/roles.ts";
import { storedMessageText } from "../../lib/messages.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { formatDateInZone, useNetworkTimeZone } from "../../lib/zoned-time.ts";

export function CenterComplaintsAndPenalties({ centerId }: { centerId: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const zone = useNetworkTimeZone();
  const me = useQuery(trpc.session.me.queryOptions());
  const role = me.data?.role;
  const complaints = useQuery({
    ...trpc.complaints.list.queryOptions({ centerId, scope: "ALL" }),
    enabled: role !== undefined && can(role, "complaints.read"),
  });
  const penalties = useQuery({
    ...trpc.penalties.list.queryOptions({ centerId }),
    enabled: role !== undefined && can(role, "penalties.read"),
  });
  if (!complaints.data && !penalties.data) return null;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {complaints.data && (
        <div>
          <h2 className="mb-2 text-lg font-semibold">{t("centerPage.complaints", { count: complaints.data.total })}</h2>
          {complaints.data.rows.length === 0 && (
            <p className="text-sm text-slate-600">{t("centerPage.noComplaints")}</p>
          )}
          <ul
            className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm"
            data-testid="center-complaints"
          >
            {complaints.data.rows.slice(0, 10).map((c) => (
              <li key={c.id} className="flex flex-wrap gap-x-3 px-3 py-2">
                <Link
                  to="/complaints/$complaintId"
                  params={{ complaintId: String(c.id) }}
                  className="text-indigo-700 underline"
                >
                  #{c.id}
                </Link>
                <span>{formatDateInZone(c.receivedAt, zone)}</span>
                <span>{t(`complaints.category.${c.category}`)}</span>
                <span className="text-slate-600">
                  {c.finding ? t(`complaints.finding.${c.finding}`) : t(`complaints.status.${c.status}`)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {penalties.data && (
        <div>
          <h2 className="mb-2 text-lg font-semibold">{t("centerPage.penalties", { count: penalties.data.total })}</h2>
          {penalties.data.rows.length === 0 && <p className="text-sm text-slate-600">{t("centerPage.noPenalties")}</p>}
          <ul
            className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm"
            data-testid="center-penalties"
          >
            {penalties.data.rows.map((p) => (
              <li key={p.id} className="space-y-0.5 px-3 py-2" data-penalty-id={p.id} data-penalty-status={p.status}>
                <p>
                  <span className="font-medium">{t(`penalties.kind.${p.kind}`)}</span>
                  {p.amountYuan !== null && ` ¥${p.amountYuan.toLocaleString()}`}
                  {p.gradeFrom && ` ${p.gradeFrom} → ${p.gradeTo ?? ""}`} · {t(`penalties.status.${p.status}`)} ·{" "}
                  {formatDateInZone(p.proposedAt, zone)}
                </p>
                <p className="text-slate-600">{storedMessageText(p.reason)}</p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
