// A direct center's escalation, resolved by headquarters with a resolution.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ZResolveEscalationInput } from "../../../../shared/schemas/revocations.ts";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { errorsAt, formError, showRefusal, useSchemaForm } from "../../lib/schema-form.ts";
import { storedMessageText } from "../../lib/messages.ts";
import { useTRPC } from "../../lib/trpc.ts";

export function EscalationRow({
  escalation,
  onResolved,
}: {
  escalation: RouterOutputs["revocations"]["escalations"][number];
  onResolved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const resolve = useMutation(trpc.revocations.resolveEscalation.mutationOptions());
  const form = useSchemaForm(ZResolveEscalationInput, {
    defaultValues: { resolution: "" },
    toInput: ({ resolution }: { resolution: string }) => ({ escalationId: escalation.id, resolution }),
  });
  const submit = form.handleSubmit(async (input) => {
    try {
      await resolve.mutateAsync(input);
      await queryClient.invalidateQueries();
      onResolved(t("revocations.done.resolve", { code: escalation.center.code }));
    } catch (error) {
      showRefusal(form, error);
    }
  });
  const errors = errorsAt(form, "resolution");
  return (
    <li className="space-y-2 px-3 py-2">
      <p>
        {escalation.center.code} · {escalation.center.name} ·{" "}
        {escalation.raisedPeriodKey ? (
          <>
            {t("revocations.raised", { period: escalation.raisedPeriodKey })} ·{" "}
            {escalation.evidence.map((e) => e.evaluation.periodKey).join(", ")}
          </>
        ) : (
          t("revocations.escalatedPenalty", { reason: storedMessageText(escalation.reason ?? "") })
        )}
      </p>
      {formError(form) && (
        <p role="alert" className="text-red-700">
          {formError(form)}
        </p>
      )}
      <form className="flex flex-wrap items-end gap-2" noValidate onSubmit={(e) => void submit(e)}>
        <FormField id={`resolution-${escalation.id}`} label={t("revocations.resolution")} errors={errors}>
          <input {...controlProps(`resolution-${escalation.id}`, errors)} {...form.register("resolution")} />
        </FormField>
        <button
          type="submit"
          disabled={form.formState.isSubmitting}
          className="rounded border border-slate-400 px-3 py-2"
        >
          {t("revocations.resolve")}
        </button>
      </form>
    </li>
  );
}
