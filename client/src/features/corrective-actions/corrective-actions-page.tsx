// Corrective actions of the manager's regions, overdue first: open one, record the center's
// rectification with its evidence, then verify it or reject it with a comment.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createColumnHelper, useTable } from "@tanstack/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatHundredths } from "../../../../shared/domain/checklist-score.ts";
import { CORRECTIVE_ACTION_FILTERS } from "../../../../shared/schemas/corrective-actions.ts";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import { type SortableFeatures, SortableTable, sortableFeatures } from "../../components/ui/sortable-table.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { refusalOf, type ServerRefusal } from "../../lib/server-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { formatInZone } from "../../lib/zoned-time.ts";

type Action = RouterOutputs["correctiveActions"]["list"][number];
type Filter = (typeof CORRECTIVE_ACTION_FILTERS)[number];
const column = createColumnHelper<SortableFeatures, Action>();

export function CorrectiveActionsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const policy = useQuery(trpc.policy.current.queryOptions());
  const [status, setStatus] = useState<Filter | undefined>();
  // The opened action is kept here, so it stays open after it leaves the filtered list.
  const [opened, setOpened] = useState<Action | null>(null);
  const list = useQuery({ ...trpc.correctiveActions.list.queryOptions({ status }), placeholderData: keepPreviousData });
  const zone = policy.data?.policy.timeZone ?? "Asia/Shanghai";
  const table = useTable({
    features: sortableFeatures,
    data: list.data ?? [],
    columns: column.columns([
      column.accessor((a) => a.center.code, {
        id: "center",
        header: t("correctiveActions.col.center"),
        cell: (i) => `${i.getValue()} · ${i.row.original.center.name}`,
      }),
      column.accessor((a) => a.evaluation.periodKey, { id: "period", header: t("correctiveActions.col.period") }),
      column.accessor((a) => a.evaluation.composite ?? "", {
        id: "composite",
        header: t("correctiveActions.col.composite"),
        cell: (i) =>
          i.row.original.evaluation.composite === null
            ? "—"
            : formatHundredths(Math.round(Number(i.row.original.evaluation.composite) * 100)),
      }),
      column.accessor((a) => new Date(a.dueAt).getTime(), {
        id: "due",
        header: t("correctiveActions.col.due"),
        cell: (i) => formatInZone(i.row.original.dueAt, zone),
      }),
      column.accessor("displayStatus", {
        header: t("correctiveActions.col.status"),
        cell: (i) => (
          <span
            data-action-status={i.getValue()}
            className={i.getValue() === "OVERDUE" ? "font-medium text-red-700" : ""}
          >
            {t(`correctiveActions.statusLabel.${i.getValue()}`)}
          </span>
        ),
      }),
      column.display({
        id: "open",
        header: "",
        cell: (i) => (
          <button type="button" className="text-indigo-700 underline" onClick={() => setOpened(i.row.original)}>
            {t("correctiveActions.open")}
          </button>
        ),
      }),
    ]),
  });

  return (
    <section aria-labelledby="ca-title" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 id="ca-title" className="text-2xl font-semibold">
          {t("correctiveActions.title")}
        </h1>
        <select
          aria-label={t("correctiveActions.col.status")}
          value={status ?? ""}
          onChange={(e) => setStatus((e.target.value || undefined) as Filter | undefined)}
          className="rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
        >
          <option value="">{t("correctiveActions.allStatuses")}</option>
          {CORRECTIVE_ACTION_FILTERS.map((s) => (
            <option key={s} value={s}>
              {t(`correctiveActions.statusLabel.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {list.isPending && <p role="status">{t("loading")}</p>}
      {list.isError && (
        <p role="alert" className="text-red-700">
          {t("loadFailed", { message: list.error.message })}
        </p>
      )}
      {list.data?.length === 0 && (
        <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">
          {t("correctiveActions.empty")}
        </p>
      )}
      {list.data && list.data.length > 0 && (
        <SortableTable table={table} testId="corrective-actions" rowAttributes={(a) => ({ "data-action-id": a.id })} />
      )}
      {opened && (
        <ActionPanel
          key={opened.id}
          action={opened}
          zone={zone}
          onChanged={setOpened}
          onClose={() => setOpened(null)}
        />
      )}
    </section>
  );
}

function ActionPanel(props: {
  action: Action;
  zone: string;
  onChanged: (action: Action) => void;
  onClose: () => void;
}) {
  const { action, zone, onClose } = props;
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [rectification, setRectification] = useState(action.rectification ?? "");
  const [evidence, setEvidence] = useState(action.evidence ?? "");
  const [comment, setComment] = useState("");
  const [refusal, setRefusal] = useState<ServerRefusal | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = async (updated: Action) => {
    setRefusal(null);
    setNotice(t("correctiveActions.saved"));
    props.onChanged(updated);
    await queryClient.invalidateQueries({ queryKey: trpc.correctiveActions.list.queryKey() });
  };
  const submit = useMutation(
    trpc.correctiveActions.submitRectification.mutationOptions({
      onSuccess: done,
      onError: (e) => setRefusal(refusalOf(e)),
    }),
  );
  const review = useMutation(
    trpc.correctiveActions.review.mutationOptions({ onSuccess: done, onError: (e) => setRefusal(refusalOf(e)) }),
  );
  const errors = refusal?.fieldErrors ?? {};
  const status = action.status;

  return (
    <section
      aria-labelledby="ca-panel-title"
      className="space-y-3 rounded-lg border border-indigo-200 bg-white p-4"
      data-testid="action-panel"
    >
      <div className="flex justify-between">
        <h2 id="ca-panel-title" className="text-lg font-semibold">
          #{action.id} · {action.center.code} · {action.center.name} · {action.evaluation.periodKey} ·{" "}
          {t(`correctiveActions.statusLabel.${action.displayStatus}`)}
        </h2>
        <button type="button" onClick={onClose} className="text-sm underline">
          {t("correctiveActions.close")}
        </button>
      </div>
      <p className="text-sm text-slate-600">
        {t("correctiveActions.col.due")}: {formatInZone(action.dueAt, zone)}
        {action.reviewComment && ` · ${t("correctiveActions.reviewComment")}: ${action.reviewComment}`}
      </p>
      {refusal && Object.keys(errors).length === 0 && (
        <p role="alert" className="text-sm text-red-700">
          {refusal.message}
        </p>
      )}
      {notice && (
        <p role="status" className="text-sm text-emerald-700">
          {notice}
        </p>
      )}
      <FormField id="rectification" label={t("correctiveActions.rectification")} errors={errors.rectification}>
        <textarea
          {...controlProps("rectification", errors.rectification)}
          rows={3}
          value={rectification}
          disabled={status !== "OPEN"}
          onChange={(e) => setRectification(e.target.value)}
        />
      </FormField>
      <FormField id="evidence" label={t("correctiveActions.evidence")} errors={errors.evidence}>
        <textarea
          {...controlProps("evidence", errors.evidence)}
          rows={2}
          value={evidence}
          disabled={status !== "OPEN"}
          onChange={(e) => setEvidence(e.target.value)}
        />
      </FormField>
      {status === "OPEN" && (
        <button
          type="button"
          disabled={submit.isPending}
          onClick={() => submit.mutate({ correctiveActionId: action.id, rectification, evidence })}
          className="rounded bg-indigo-600 px-4 py-2 font-medium text-white disabled:opacity-60"
        >
          {t("correctiveActions.submit")}
        </button>
      )}
      {status === "SUBMITTED" && (
        <div className="space-y-2">
          <FormField id="comment" label={t("correctiveActions.comment")} errors={errors.comment}>
            <textarea
              {...controlProps("comment", errors.comment)}
              rows={2}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </FormField>
          <div className="flex gap-2">
            <button
              type="button"
              disabled={review.isPending}
              onClick={() => review.mutate({ correctiveActionId: action.id, decision: "VERIFY", comment })}
              className="rounded bg-emerald-700 px-4 py-2 font-medium text-white"
            >
              {t("correctiveActions.verify")}
            </button>
            <button
              type="button"
              disabled={review.isPending}
              onClick={() => review.mutate({ correctiveActionId: action.id, decision: "REJECT", comment })}
              className="rounded border border-red-600 px-4 py-2 font-medium text-red-700"
            >
              {t("correctiveActions.reject")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
