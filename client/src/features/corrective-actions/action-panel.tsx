// One corrective action opened: record the center's rectification with its evidence, then verify
// it or reject it with a comment.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import { ZReviewRectificationInput, ZSubmitRectificationInput } from "../../../../shared/schemas/corrective-actions.ts";
import { errorsAt, formError, showRefusal, useSchemaForm } from "../../lib/schema-form.ts";
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
  const [notice, setNotice] = useState<string | null>(null);
  const done = async (updated: Action, message: string) => {
    setNotice(message);
    props.onChanged(updated);
    await queryClient.invalidateQueries({ queryKey: trpc.correctiveActions.list.queryKey() });
  };
  const submitRectification = useMutation(trpc.correctiveActions.submitRectification.mutationOptions());
  const review = useMutation(trpc.correctiveActions.review.mutationOptions());
  const rectification = useSchemaForm(ZSubmitRectificationInput, {
    defaultValues: { rectification: action.rectification ?? "", evidence: action.evidence ?? "" },
    toInput: (fields: { rectification: string; evidence: string }) => ({ correctiveActionId: action.id, ...fields }),
  });
  const decision = useSchemaForm(ZReviewRectificationInput, {
    defaultValues: { comment: "", decision: "VERIFY" },
    toInput: (fields: { comment: string; decision: "VERIFY" | "REJECT" }) => ({
      correctiveActionId: action.id,
      ...fields,
    }),
  });
  const submit = rectification.handleSubmit(async (input) => {
    try {
      await done(await submitRectification.mutateAsync(input), t("correctiveActions.saved"));
    } catch (error) {
      showRefusal(rectification, error);
    }
  });
  const decide = (choice: "VERIFY" | "REJECT") => {
    decision.setValue("decision", choice);
    return decision.handleSubmit(async (input) => {
      try {
        const message = choice === "VERIFY" ? t("correctiveActions.verified") : t("correctiveActions.rejected");
        await done(await review.mutateAsync(input), message);
      } catch (error) {
        showRefusal(decision, error);
      }
    })();
  };
  const problem = formError(rectification) ?? formError(decision);
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
      {problem && (
        <p role="alert" className="text-sm text-red-700">
          {problem}
        </p>
      )}
      {notice && (
        <p role="status" className="text-sm text-emerald-700">
          {notice}
        </p>
      )}
      <FormField
        id="rectification"
        label={t("correctiveActions.rectification")}
        errors={errorsAt(rectification, "rectification")}
      >
        <textarea
          {...controlProps("rectification", errorsAt(rectification, "rectification"))}
          {...rectification.register("rectification")}
          rows={3}
          readOnly={status !== "OPEN"}
        />
      </FormField>
      <FormField id="evidence" label={t("correctiveActions.evidence")} errors={errorsAt(rectification, "evidence")}>
        <textarea
          {...controlProps("evidence", errorsAt(rectification, "evidence"))}
          {...rectification.register("evidence")}
          rows={2}
          readOnly={status !== "OPEN"}
        />
      </FormField>
      {status === "OPEN" && (
        <button
          type="button"
          disabled={rectification.formState.isSubmitting}
          onClick={() => void submit()}
          className="rounded bg-indigo-600 px-4 py-2 font-medium text-white disabled:opacity-60"
        >
          {t("correctiveActions.submit")}
        </button>
      )}
      {status === "SUBMITTED" && (
        <div className="space-y-2">
          <FormField id="comment" label={t("correctiveActions.comment")} errors={errorsAt(decision, "comment")}>
            <textarea
              {...controlProps("comment", errorsAt(decision, "comment"))}
              {...decision.register("comment")}
              rows={2}
            />
          </FormField>
          <div className="flex gap-2">
            <button
              type="button"
              disabled={decision.formState.isSubmitting}
              onClick={() => void decide("VERIFY")}
              className="rounded bg-emerald-700 px-4 py-2 font-medium text-white"
            >
              {t("correctiveActions.verify")}
            </button>
            <button
              type="button"
              disabled={decision.formState.isSubmitting}
              onClick={() => void decide("REJECT")}
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
