// Headquarters' revocation queue: each proposal with its evidence (the failing evaluations, each
// explainable, and whether their corrective actions were met); issue (reason, effective date),
// dismiss (reason), reverse an issued one (reason). Direct centers' escalations have their own list.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { localDateOf } from "../../../../shared/domain/periods.ts";
import { REVOCATION_STATUSES } from "../../../../shared/schemas/revocations.ts";
import { ExplainView } from "../../components/explain-view.tsx";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { refusalOf, type ServerRefusal } from "../../lib/server-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";

type Proposal = RouterOutputs["revocations"]["list"][number];
type Status = (typeof REVOCATION_STATUSES)[number];

export function RevocationsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [status, setStatus] = useState<Status | undefined>("PROPOSED");
  const proposals = useQuery(trpc.revocations.list.queryOptions({ status }));
  const escalations = useQuery(trpc.revocations.escalations.queryOptions({ status: "OPEN" }));
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
      {proposals.isPending && <p role="status">{t("loading")}</p>}
      {proposals.data?.length === 0 && (
        <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">{t("revocations.empty")}</p>
      )}
      <ul className="space-y-3">
        {proposals.data?.map((p) => (
          <ProposalCard key={p.id} proposal={p} />
        ))}
      </ul>
      <h2 className="pt-4 text-lg font-semibold">{t("revocations.escalations")}</h2>
      {escalations.data?.length === 0 && <p className="text-sm text-slate-600">{t("revocations.noEscalations")}</p>}
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
        {escalations.data?.map((e) => (
          <EscalationRow key={e.id} escalation={e} />
        ))}
      </ul>
    </section>
  );
}

function ProposalCard({ proposal }: { proposal: Proposal }) {
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

function EscalationRow({ escalation }: { escalation: RouterOutputs["revocations"]["escalations"][number] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [resolution, setResolution] = useState("");
  const [refusal, setRefusal] = useState<ServerRefusal | null>(null);
  const resolve = useMutation(
    trpc.revocations.resolveEscalation.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
      onError: (error) => setRefusal(refusalOf(error)),
    }),
  );
  return (
    <li className="space-y-2 px-3 py-2">
      <p>
        {escalation.center.code} · {escalation.center.name} ·{" "}
        {t("revocations.raised", { period: escalation.raisedPeriodKey })} ·{" "}
        {escalation.evidence.map((e) => e.evaluation.periodKey).join(", ")}
      </p>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          resolve.mutate({ escalationId: escalation.id, resolution });
        }}
      >
        <FormField
          id={`resolution-${escalation.id}`}
          label={t("revocations.resolution")}
          errors={refusal?.fieldErrors.resolution}
        >
          <input
            {...controlProps(`resolution-${escalation.id}`, refusal?.fieldErrors.resolution)}
            value={resolution}
            onChange={(e) => setResolution(e.target.value)}
          />
        </FormField>
        <button type="submit" className="rounded border border-slate-400 px-3 py-2">
          {t("revocations.resolve")}
        </button>
      </form>
    </li>
  );
}
