// Headquarters closes periods here: which period is next, a preview of what closing it will do,
// a confirmation, the result; and reopening the latest closed period with a reason.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import { ZReopenPeriodInput } from "../../../../shared/schemas/periods.ts";
import { errorsAt, formError, showRefusal, useSchemaForm } from "../../lib/schema-form.ts";
import { refusalOf, type ServerRefusal } from "../../lib/server-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { formatInZone, useNetworkTimeZone } from "../../lib/zoned-time.ts";
import { Notice } from "../../components/ui/notice.tsx";
import type { MessageRef } from "../../../../shared/messages/message-ref.ts";
import { useMessageText } from "../../lib/messages.ts";

export function PeriodsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const periods = useQuery(trpc.periods.list.queryOptions());
  const timeZone = useNetworkTimeZone();
  const next = periods.data?.nextToClose ?? null;
  const preview = useQuery({
    ...trpc.periods.previewClose.queryOptions({ periodKey: next ?? "2000-01" }),
    enabled: next !== null,
    retry: false,
  });
  const [confirming, setConfirming] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [outcome, setOutcome] = useState<MessageRef | null>(null);
  const text = useMessageText();
  const [refusal, setRefusal] = useState<ServerRefusal | null>(null);
  const refresh = () => queryClient.invalidateQueries();
  const close = useMutation(
    trpc.periods.close.mutationOptions({
      onSuccess: async (result) => {
        setOutcome(result.message);
        setConfirming(false);
        await refresh();
      },
      onError: (error) => setRefusal(refusalOf(error)),
    }),
  );
  const latest = periods.data?.latestClosed ?? null;

  return (
    <section aria-labelledby="periods-title" className="max-w-4xl space-y-4">
      <h1 id="periods-title" className="text-2xl font-semibold">
        {t("periods.title")}
      </h1>
      {outcome && (
        <Notice tone="success" testId="period-outcome">
          {text(outcome)}
        </Notice>
      )}
      {refusal && <Notice tone="error">{refusal.message}</Notice>}
      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="text-lg font-semibold">
          {next
            ? t("periods.next", { period: next })
            : t("periods.nothingToClose", { current: periods.data?.currentPeriodKey ?? "" })}
        </h2>
        {periods.data && periods.data.reopened.length > 0 && (
          <p className="text-sm text-amber-800" data-testid="awaiting-reclose">
            {t("periods.awaitingReclose", { periods: periods.data.reopened.join(", ") })}
          </p>
        )}
        {preview.isPending && next && <p role="status">{t("loading")}</p>}
        {preview.isError && <p className="text-sm text-red-700">{refusalOf(preview.error).message}</p>}
        {preview.data && (
          <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4" data-testid="close-preview">
            <Figure label={t("periods.preview.pass")} value={preview.data.summary.pass} />
            <Figure label={t("periods.preview.fail")} value={preview.data.summary.fail} />
            <Figure label={t("periods.preview.insufficient")} value={preview.data.summary.insufficientData} />
            <Figure label={t("periods.preview.correctiveActions")} value={preview.data.summary.correctiveActions} />
            <Figure label={t("periods.preview.proposals")} value={preview.data.summary.revocationProposals} />
            <Figure label={t("periods.preview.escalations")} value={preview.data.summary.escalations} />
            <Figure label={t("periods.preview.joined")} value={preview.data.summary.joinedPendingCases} />
            <Figure label={t("periods.preview.policy")} value={preview.data.policyVersion} />
          </dl>
        )}
        {next && !confirming && (
          <button
            type="button"
            onClick={() => {
              setRefusal(null);
              setConfirming(true);
            }}
            className="rounded bg-indigo-600 px-4 py-2 font-medium text-white"
          >
            {t("periods.close", { period: next })}
          </button>
        )}
        {next && confirming && (
          <div
            role="alertdialog"
            aria-labelledby="confirm-close"
            className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm"
          >
            <p id="confirm-close">{t("periods.confirmClose", { period: next })}</p>
            <div className="flex gap-2">
              <button
                type="button"
                disabled={close.isPending}
                onClick={() => close.mutate({ periodKey: next })}
                className="rounded bg-indigo-600 px-3 py-1.5 font-medium text-white"
              >
                {t("periods.confirm")}
              </button>
              <button
                type="button"
                onClick={() => setConfirming(false)}
                className="rounded border border-slate-300 px-3 py-1.5"
              >
                {t("reports.cancel")}
              </button>
            </div>
          </div>
        )}
      </div>

      {latest && (
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="text-lg font-semibold">{t("periods.reopenTitle", { period: latest })}</h2>
          {!reopening ? (
            <button
              type="button"
              onClick={() => {
                setRefusal(null);
                setReopening(true);
              }}
              className="rounded border border-amber-600 px-4 py-2 font-medium text-amber-800"
            >
              {t("periods.reopen", { period: latest })}
            </button>
          ) : (
            <ReopenForm
              periodKey={latest}
              onCancel={() => setReopening(false)}
              onReopened={async (message) => {
                setOutcome(message);
                setReopening(false);
                await refresh();
              }}
            />
          )}
        </div>
      )}

      {periods.data && (
        <p className="text-sm text-slate-600">{t("periods.firstPeriod", { period: periods.data.firstPeriodKey })}</p>
      )}
      <ul
        className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm"
        data-testid="period-list"
      >
        {periods.data?.periods.map((p) => (
          <li
            key={p.key}
            className="flex flex-wrap justify-between gap-2 px-3 py-2"
            data-period={p.key}
            data-status={p.status}
          >
            <span className="font-medium">{p.key}</span>
            <span className="text-slate-600">
              {p.status === "CLOSED"
                ? t("periods.closedOn", {
                    at: p.closedAt ? formatInZone(p.closedAt, timeZone) : "—",
                    version: p.policyVersion ?? "—",
                  })
                : p.reopenedAt
                  ? t("periods.reopened", { reason: p.reopenReason ?? "" })
                  : t("periods.open")}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded bg-slate-50 px-3 py-2">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

/** Reopening the latest closed period, with the reason the audit log keeps. */
function ReopenForm(props: {
  periodKey: string;
  onCancel: () => void;
  onReopened: (message: MessageRef) => Promise<void>;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const reopen = useMutation(trpc.periods.reopen.mutationOptions());
  const form = useSchemaForm(ZReopenPeriodInput, {
    defaultValues: { reason: "" },
    toInput: ({ reason }: { reason: string }) => ({ periodKey: props.periodKey, reason }),
  });
  const submit = form.handleSubmit(async (input) => {
    try {
      await props.onReopened((await reopen.mutateAsync(input)).message);
    } catch (error) {
      showRefusal(form, error);
    }
  });
  const errors = errorsAt(form, "reason");
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="space-y-2">
      {formError(form) && <Notice tone="error">{formError(form)}</Notice>}
      <FormField id="reopen-reason" label={t("periods.reopenReason")} errors={errors}>
        <textarea {...controlProps("reopen-reason", errors)} {...form.register("reason")} rows={2} maxLength={500} />
      </FormField>
      <p className="text-xs text-slate-600">{t("periods.reopenExplained")}</p>
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={form.formState.isSubmitting}
          className="rounded bg-amber-600 px-3 py-1.5 font-medium text-white"
        >
          {t("periods.confirmReopen")}
        </button>
        <button type="button" onClick={props.onCancel} className="rounded border border-slate-300 px-3 py-1.5">
          {t("reports.cancel")}
        </button>
      </div>
    </form>
  );
}
