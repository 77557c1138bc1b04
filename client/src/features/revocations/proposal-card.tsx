// One revocation proposal: its center, its failing evaluations (each explainable) and the
// decisions headquarters can take on it, each confirmed with a reason.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { localDateOf } from "../../../../shared/domain/periods.ts";
import { ExplainView } from "../../components/explain-view.tsx";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { refusalOf, type ServerRefusal } from "../../lib/server-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";

type Proposal = RouterOutputs["revocations"]["list"][number];

export function ProposalCard({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [explained, setExplained] = useState<string | null>(null);
  const [mode, setMode] = useState<"issue" | "dismiss" | "reverse" | null>(null);
  const [reason, setReason] = useState("");
  const [effectiveDate, setEffectiveDate] = useState(localDateOf(new Date()));
  const [refusal, setRefusal] = useState<ServerRefusal | null>(null);
  const options = {
    onSuccess: async () => {
      setMode(null);
      await queryClient.invalidateQueries();
    },
    onError: (error: unknown) => setRefusal(refusalOf(error)),
  };
  const issue = useMutation(trpc.revocations.issue.mutationOptions(options));
  const dismiss = useMutation(trpc.revocations.dismiss.mutationOptions(options));
  const reverse = useMutation(trpc.revocations.reverse.mutationOptions(options));
  const errors = refusal?.fieldErrors ?? {};
  const c = proposal.center;

  function decide() {
    setRefusal(null);
    if (mode === "issue") issue.mutate({ proposalId: proposal.id, reason, effectiveDate });
    if (mode === "dismiss") dismiss.mutate({ proposalId: proposal.id, reason });
    if (mode === "reverse") reverse.mutate({ proposalId: proposal.id, reason });
  }

  return (
    <li
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      data-proposal={proposal.id}
      data-center-code={c.code}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-base font-semibold">
          <Link to="/centers/$centerId" params={{ centerId: String(c.id) }} className="text-indigo-700 underline">
            {c.code}
          </Link>{" "}
          · {c.name} · {c.authorizationNo} · {t(`revocations.statusLabel.${proposal.status}`)}
        </p>
        <span className="text-slate-600">{t("revocations.raised", { period: proposal.raisedPeriodKey })}</span>
      </div>
      {proposal.flagReason && <p className="rounded bg-amber-50 px-2 py-1 text-amber-900">{proposal.flagReason}</p>}
      {proposal.decisionReason && (
        <p className="text-slate-600">{t("revocations.decision", { reason: proposal.decisionReason })}</p>
      )}
      <p className="font-medium">{t("revocations.evidence")}</p>
      <ul className="space-y-1">
        {proposal.evidence.map(({ evaluation: e }) => (
          <li key={e.id}>
            <span data-evidence={e.periodKey}>
              {e.periodKey} · {e.composite === null ? "—" : Number(e.composite).toFixed(2)} · {t(`result.${e.result}`)}{" "}
              · {e.correctiveAction ? t(`correctiveActions.statusLabel.${e.correctiveAction.status}`) : "—"}
            </span>{" "}
            <button
              type="button"
              className="text-indigo-700 underline"
              onClick={() => setExplained(explained === e.periodKey ? null : e.periodKey)}
            >
              {explained === e.periodKey ? t("centerPage.hide") : t("centerPage.explain")}
            </button>
            {explained === e.periodKey && <ExplainView centerId={c.id} periodKey={e.periodKey} />}
          </li>
        ))}
      </ul>
      {refusal && Object.keys(errors).length === 0 && (
        <p role="alert" className="text-red-700">
          {refusal.message}
        </p>
      )}
      {mode === null && (
        <div className="flex gap-2">
          {proposal.status === "PROPOSED" && (
            <>
              <button
                type="button"
                onClick={() => setMode("issue")}
                className="rounded bg-red-600 px-3 py-1.5 font-medium text-white"
              >
                {t("revocations.issue")}
              </button>
              <button
                type="button"
                onClick={() => setMode("dismiss")}
                className="rounded border border-slate-400 px-3 py-1.5"
              >
                {t("revocations.dismiss")}
              </button>
            </>
          )}
          {proposal.status === "ISSUED" && (
            <button
              type="button"
              onClick={() => setMode("reverse")}
              className="rounded border border-slate-400 px-3 py-1.5"
            >
              {t("revocations.reverse")}
            </button>
          )}
        </div>
      )}
      {mode !== null && (
        <form
          role="alertdialog"
          aria-label={t(`revocations.${mode}`)}
          onSubmit={(e) => {
            e.preventDefault();
            decide();
          }}
          className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3"
        >
          <p className="font-medium">{t(`revocations.confirm.${mode}`, { code: c.code })}</p>
          <FormField id={`reason-${proposal.id}`} label={t("revocations.reason")} errors={errors.reason}>
            <textarea
              {...controlProps(`reason-${proposal.id}`, errors.reason)}
              rows={2}
              maxLength={1000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </FormField>
          {mode === "issue" && (
            <FormField
              id={`effective-${proposal.id}`}
              label={t("revocations.effectiveDate")}
              errors={errors.effectiveDate}
            >
              <input
                type="date"
                {...controlProps(`effective-${proposal.id}`, errors.effectiveDate)}
                value={effectiveDate}
                onChange={(e) => setEffectiveDate(e.target.value)}
              />
            </FormField>
          )}
          <div className="flex gap-2">
            <button type="submit" className="rounded bg-red-600 px-3 py-1.5 font-medium text-white">
              {t(`revocations.${mode}`)}
            </button>
            <button type="button" onClick={() => setMode(null)} className="rounded border border-slate-300 px-3 py-1.5">
              {t("reports.cancel")}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
