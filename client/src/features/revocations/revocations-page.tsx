// Headquarters' revocation queue: each proposal with its evidence (the failing evaluations, each
// explainable, and whether their corrective actions were met); issue (reason, effective date),
// dismiss (reason), reverse an issued one (reason). Direct centers' escalations have their own list.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { REVOCATION_STATUSES } from "../../../../shared/schemas/revocations.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EscalationRow } from "./escalation-row.tsx";
import { ProposalCard } from "./proposal-card.tsx";
import { Notice } from "../../components/ui/notice.tsx";
import { QueryState } from "../../components/ui/query-state.tsx";

type Status = (typeof REVOCATION_STATUSES)[number];

export function RevocationsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [status, setStatus] = useState<Status | undefined>("PROPOSED");
  const proposals = useQuery(trpc.revocations.list.queryOptions({ status }));
  const me = useQuery(trpc.session.me.queryOptions());
  const escalations = useQuery(trpc.revocations.escalations.queryOptions({ status: "OPEN" }));
  // What the last decision did: the card it was taken on may have left the list.
  const [decided, setDecided] = useState<string | null>(null);
  return (
    <section aria-labelledby="revocations-title" className="max-w-5xl space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 id="revocations-title" className="text-2xl font-semibold">
          {t("revocations.title")}
        </h1>
        <select
          aria-label={t("revocations.status")}
          value={status ?? ""}
          onChange={(e) => setStatus((e.target.value || undefined) as Status | undefined)}
          className="rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
        >
          <option value="">{t("revocations.allStatuses")}</option>
          {REVOCATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`revocations.statusLabel.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {decided && (
        <Notice tone="success" testId="decision-outcome">
          {decided}
        </Notice>
      )}
      <QueryState query={proposals} />
      {proposals.data?.length === 0 && (
        <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">{t("revocations.empty")}</p>
      )}
      <ul className="space-y-3">
        {proposals.data?.map((p) => (
          <ProposalCard key={p.id} proposal={p} userId={me.data?.id} onDecided={setDecided} />
        ))}
      </ul>
      <h2 className="pt-4 text-lg font-semibold">{t("revocations.escalations")}</h2>
      {escalations.data?.length === 0 && <p className="text-sm text-slate-600">{t("revocations.noEscalations")}</p>}
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
        {escalations.data?.map((e) => (
          <EscalationRow key={e.id} escalation={e} onResolved={setDecided} />
        ))}
      </ul>
    </section>
  );
}
