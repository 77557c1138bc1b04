// Voiding is irreversible: a dialog asks for the reason and confirms.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ZVoidReportInput } from "../../../shared/schemas/reports.ts";
import { errorsAt, formError, showRefusal, useSchemaForm } from "../lib/schema-form.ts";
import { useTRPC } from "../lib/trpc.ts";
import { controlProps, FormField } from "./ui/form-field.tsx";
import { ModalForm } from "./ui/modal-form.tsx";

export function VoidReportDialog(props: { reportId: number; onClose: () => void; onVoided: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const voidReport = useMutation(trpc.reports.void.mutationOptions());
  const form = useSchemaForm(ZVoidReportInput, {
    defaultValues: { reason: "" },
    toInput: ({ reason }: { reason: string }) => ({ reportId: props.reportId, reason }),
  });
  const submit = form.handleSubmit(async (input) => {
    try {
      await voidReport.mutateAsync(input);
      await queryClient.invalidateQueries({ queryKey: trpc.reports.list.queryKey() });
      props.onVoided();
    } catch (error) {
      showRefusal(form, error);
    }
  });
  const reasonErrors = errorsAt(form, "reason");
  return (
    <ModalForm title={`${t("reports.void")} #${props.reportId}`} onSubmit={() => void submit()} onClose={props.onClose}>
      {formError(form) && (
        <p role="alert" className="text-sm text-red-700">
          {formError(form)}
        </p>
      )}
      <FormField id="void-reason" label={t("reports.voidReason")} errors={reasonErrors}>
        <textarea
          {...controlProps("void-reason", reasonErrors)}
          {...form.register("reason")}
          rows={3}
          maxLength={500}
        />
      </FormField>
      <div className="flex justify-end gap-2">
        <button type="button" onClick={props.onClose} className="rounded border border-slate-300 px-3 py-1.5">
          {t("reports.cancel")}
        </button>
        <button
          type="submit"
          disabled={form.formState.isSubmitting}
          className="rounded bg-red-600 px-3 py-1.5 font-medium text-white disabled:opacity-60"
        >
          {t("reports.voidConfirm")}
        </button>
      </div>
    </ModalForm>
  );
}
