// Headquarters' decision on one penalty: confirm or cancel a proposal (cancelling needs a reason;
// one's own proposal is another admin's to decide), or settle a confirmed fine: paid (the payment's
// reference) or waived (a reason).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ZDecidePenaltyInput, ZSettlePenaltyInput } from "../../../../shared/schemas/penalties.ts";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import { ModalForm } from "../../components/ui/modal-form.tsx";
import { Notice } from "../../components/ui/notice.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { storedMessageText } from "../../lib/messages.ts";
import { errorsAt, formError, showRefusal, useSchemaForm } from "../../lib/schema-form.ts";
import { useTRPC } from "../../lib/trpc.ts";

type Penalty = RouterOutputs["penalties"]["list"]["rows"][number];
type Choice = "CONFIRM" | "CANCEL" | "PAID" | "WAIVED";
interface Fields {
  choice: Choice;
  reason: string;
  paymentRef: string;
}

export function PenaltyDecision(props: {
  penalty: Penalty;
  ownProposal: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const decide = useMutation(trpc.penalties.decide.mutationOptions());
  const settle = useMutation(trpc.penalties.settle.mutationOptions());
  const p = props.penalty;
  const settling = p.status === "CONFIRMED";
  const choices: Choice[] = settling ? ["PAID", "WAIVED"] : ["CONFIRM", "CANCEL"];
  const toInput = (f: Fields) =>
    settling
      ? { penaltyId: p.id, outcome: f.choice, paymentRef: f.paymentRef, reason: f.reason }
      : { penaltyId: p.id, decision: f.choice, reason: f.reason };
  const form = useSchemaForm<Fields, unknown>(settling ? ZSettlePenaltyInput : ZDecidePenaltyInput, {
    defaultValues: { choice: choices[0]!, reason: "", paymentRef: "" },
    toInput,
  });
  const choice = form.watch("choice");
  const submit = form.handleSubmit(async () => {
    const fields = form.getValues();
    try {
      if (settling)
        await settle.mutateAsync({
          penaltyId: p.id,
          outcome: fields.choice as "PAID" | "WAIVED",
          paymentRef: fields.paymentRef,
          reason: fields.reason,
        });
      else
        await decide.mutateAsync({
          penaltyId: p.id,
          decision: fields.choice as "CONFIRM" | "CANCEL",
          reason: fields.reason,
        });
      await queryClient.invalidateQueries();
      props.onDone(t(`penalties.done.${fields.choice}`, { id: p.id, code: p.center.code }));
    } catch (error) {
      showRefusal(form, error);
    }
  });
  const errors = (name: keyof Fields | "decision") => errorsAt(form, name);
  return (
    <ModalForm
      title={t("penalties.decideTitle", { id: p.id, code: p.center.code })}
      onSubmit={() => void submit()}
      onClose={props.onClose}
    >
      <p className="text-sm">
        {t(`penalties.kind.${p.kind}`)}
        {p.amountYuan !== null && ` · ¥${p.amountYuan.toLocaleString()}`} · {t(`penalties.basis.${p.basis}`)}
      </p>
      <p className="text-sm whitespace-pre-wrap text-slate-700">{storedMessageText(p.reason)}</p>
      {props.ownProposal && !settling && <Notice tone="warning">{t("penalties.ownProposal")}</Notice>}
      {formError(form) && <Notice tone="error">{formError(form)}</Notice>}
      {errors("decision") && <Notice tone="error">{errors("decision")![0]}</Notice>}
      <fieldset className="flex flex-wrap gap-3 text-sm">
        <legend className="sr-only">{t("penalties.decide")}</legend>
        {choices.map((c) => (
          <label key={c} className="inline-flex min-h-11 items-center gap-2">
            <input type="radio" value={c} {...form.register("choice")} />
            {t(`penalties.choice.${c}`)}
          </label>
        ))}
      </fieldset>
      {choice === "PAID" ? (
        <FormField id="paymentRef" label={t("penalties.paymentRef")} errors={errors("paymentRef")}>
          <input
            {...controlProps("paymentRef", errors("paymentRef"))}
            {...form.register("paymentRef")}
            maxLength={64}
          />
        </FormField>
      ) : (
        <FormField
          id="reason"
          label={t(choice === "CONFIRM" ? "penalties.comment" : "penalties.reason")}
          errors={errors("reason")}
        >
          <textarea
            {...controlProps("reason", errors("reason"))}
            {...form.register("reason")}
            rows={2}
            maxLength={1000}
          />
        </FormField>
      )}
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={form.formState.isSubmitting}
          className="min-h-11 rounded bg-indigo-600 px-4 font-medium text-white disabled:opacity-60"
        >
          {t(`penalties.choice.${choice}`)}
        </button>
        <button type="button" onClick={props.onClose} className="min-h-11 rounded border border-slate-300 px-4">
          {t("cancel")}
        </button>
      </div>
    </ModalForm>
  );
}
