// One corrective action opened: record the center's rectification with its evidence, then verify
// it or reject it with a comment.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import { refusalOf, type ServerRefusal } from "../../lib/server-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { formatDateInZone } from "../../lib/zoned-time.ts";
import type { Action } from "./corrective-actions-page.tsx";

export function ActionPanel(props: {
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
        {t("correctiveActions.col.due")}: {formatDateInZone(action.dueAt, zone)}
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
