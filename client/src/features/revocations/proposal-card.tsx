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
import {
  ZDecideRevocationInput,
  ZDecideRevocationRequestInput,
  ZRequestRevocationInput,
} from "../../../../shared/schemas/revocations.ts";
import { errorsAt, formError, showRefusal, useSchemaForm } from "../../lib/schema-form.ts";
import { storedMessageText } from "../../lib/messages.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { formatDateInZone, useNetworkTimeZone } from "../../lib/zoned-time.ts";

type Proposal = RouterOutputs["revocations"]["list"][number];

type Decision = "issue" | "dismiss" | "reverse" | "approve" | "reject";

export function ProposalCard(props: {
  proposal: Proposal;
  userId: string | undefined;
  onDecided: (message: string) => void;
}) {
  const { proposal, onDecided } = props;
  const { t } = useTranslation();
  const zone = useNetworkTimeZone();
  const [explained, setExplained] = useState<string | null>(null);
  const [mode, setMode] = useState<Decision | null>(null);
  const c = proposal.center;

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
        <span className="text-slate-600">
          {proposal.raisedPeriodKey
            ? t("revocations.raised", { period: proposal.raisedPeriodKey })
            : t("revocations.raisedByPenalty", { id: proposal.penalty?.id ?? "" })}
        </span>
      </div>
      {proposal.penalty && (
        <p className="text-slate-700" data-testid="penalty-evidence">
          {t("revocations.penaltyEvidence", { reason: storedMessageText(proposal.penalty.reason) })}
        </p>
      )}
      {proposal.requestedAt && proposal.requestedEffectiveAt && (
        <p className="rounded bg-amber-50 px-2 py-1 text-amber-900" data-testid="awaiting-second">
          {t(proposal.requestedById === props.userId ? "revocations.awaitingOther" : "revocations.awaitingYou", {
            reason: proposal.requestReason ?? "",
            date: formatDateInZone(proposal.requestedEffectiveAt, zone),
          })}
        </p>
      )}
      {proposal.requestRejectReason && !proposal.requestedAt && (
        <p className="text-slate-600">{t("revocations.requestRejected", { reason: proposal.requestRejectReason })}</p>
      )}
      {proposal.flagReason && (
        <p className="rounded bg-amber-50 px-2 py-1 text-amber-900">{storedMessageText(proposal.flagReason)}</p>
      )}
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
      {mode === null && (
        <div className="flex gap-2">
          {proposal.status === "PROPOSED" && proposal.requestedAt && proposal.requestedById !== props.userId && (
            <>
              <button
                type="button"
                onClick={() => setMode("approve")}
                className="rounded bg-red-600 px-3 py-1.5 font-medium text-white"
              >
                {t("revocations.approve")}
              </button>
              <button
                type="button"
                onClick={() => setMode("reject")}
                className="rounded border border-slate-400 px-3 py-1.5"
              >
                {t("revocations.reject")}
              </button>
            </>
          )}
          {proposal.status === "PROPOSED" && (
            <>
              {!proposal.requestedAt && (
                <button
                  type="button"
                  onClick={() => setMode("issue")}
                  className="rounded bg-red-600 px-3 py-1.5 font-medium text-white"
                >
                  {t("revocations.issue")}
                </button>
              )}
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
        <DecisionForm
          key={mode}
          proposal={proposal}
          mode={mode}
          onCancel={() => setMode(null)}
          onDecided={(message) => {
            setMode(null);
            onDecided(message);
          }}
        />
      )}
    </li>
  );
}

/** The decision asked for, confirmed with its reason (and, to issue, the date it takes effect). */
function DecisionForm(props: {
  proposal: Proposal;
  mode: Decision;
  onCancel: () => void;
  onDecided: (message: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { proposal, mode } = props;
  const requestIssue = useMutation(trpc.revocations.requestIssue.mutationOptions());
  const decideRequest = useMutation(trpc.revocations.decideRequest.mutationOptions());
  const dismiss = useMutation(trpc.revocations.dismiss.mutationOptions());
  const reverse = useMutation(trpc.revocations.reverse.mutationOptions());
  const timeZone = useNetworkTimeZone();
  const schema =
    mode === "issue"
      ? ZRequestRevocationInput
      : mode === "approve" || mode === "reject"
        ? ZDecideRevocationRequestInput
        : ZDecideRevocationInput;
  const form = useSchemaForm<{ reason: string; effectiveDate: string }, unknown>(schema, {
    defaultValues: { reason: "", effectiveDate: localDateOf(new Date(), timeZone) },
    toInput: (fields) =>
      mode === "issue"
        ? { proposalId: proposal.id, ...fields }
        : mode === "approve" || mode === "reject"
          ? { proposalId: proposal.id, decision: mode === "approve" ? "APPROVE" : "REJECT", reason: fields.reason }
          : { proposalId: proposal.id, reason: fields.reason },
  });
  const decide = form.handleSubmit(async () => {
    const { reason, effectiveDate } = form.getValues();
    try {
      if (mode === "issue") await requestIssue.mutateAsync({ proposalId: proposal.id, reason, effectiveDate });
      if (mode === "approve") await decideRequest.mutateAsync({ proposalId: proposal.id, decision: "APPROVE", reason });
      if (mode === "reject") await decideRequest.mutateAsync({ proposalId: proposal.id, decision: "REJECT", reason });
      if (mode === "dismiss") await dismiss.mutateAsync({ proposalId: proposal.id, reason });
      if (mode === "reverse") await reverse.mutateAsync({ proposalId: proposal.id, reason });
      await queryClient.invalidateQueries();
      props.onDecided(
        t(`revocations.done.${mode}`, {
          code: proposal.center.code,
          date:
            mode === "approve" && proposal.requestedEffectiveAt
              ? formatDateInZone(proposal.requestedEffectiveAt, timeZone)
              : effectiveDate,
        }),
      );
    } catch (error) {
      showRefusal(form, error);
    }
  });
  const reasonErrors = errorsAt(form, "reason");
  const dateErrors = errorsAt(form, "effectiveDate");
  return (
    <form
      role="alertdialog"
      aria-label={t(`revocations.${mode}`)}
      onSubmit={(e) => void decide(e)}
      noValidate
      className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3"
    >
      <p className="font-medium">{t(`revocations.confirm.${mode}`, { code: proposal.center.code })}</p>
      {formError(form) && (
        <p role="alert" className="text-red-700">
          {formError(form)}
        </p>
      )}
      <FormField
        id={`reason-${proposal.id}`}
        label={t(mode === "approve" ? "revocations.approvalComment" : "revocations.reason")}
        errors={reasonErrors}
      >
        <textarea
          {...controlProps(`reason-${proposal.id}`, reasonErrors)}
          {...form.register("reason")}
          rows={2}
          maxLength={1000}
        />
      </FormField>
      {mode === "issue" && (
        <FormField id={`effective-${proposal.id}`} label={t("revocations.effectiveDate")} errors={dateErrors}>
          <input
            type="date"
            {...controlProps(`effective-${proposal.id}`, dateErrors)}
            {...form.register("effectiveDate")}
          />
        </FormField>
      )}
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={form.formState.isSubmitting}
          className="rounded bg-red-600 px-3 py-1.5 font-medium text-white"
        >
          {t(`revocations.${mode}`)}
        </button>
        <button type="button" onClick={props.onCancel} className="rounded border border-slate-300 px-3 py-1.5">
          {t("reports.cancel")}
        </button>
      </div>
    </form>
  );
}
