// One step on a complaint that is a sentence: contacting the customer, forwarding to the center (what
// it must answer), recording the center's answer, a note, reopening (why).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ZComplaintNoteInput } from "../../../../shared/schemas/complaints.ts";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import { errorsAt, formError, showRefusal, useSchemaForm } from "../../lib/schema-form.ts";
import { useTRPC } from "../../lib/trpc.ts";

export type NoteStep = "contactCustomer" | "forward" | "centerAnswer" | "addNote" | "reopen";

export function ComplaintStepForm(props: {
  complaintId: number;
  step: NoteStep;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutations = {
    contactCustomer: useMutation(trpc.complaints.contactCustomer.mutationOptions()),
    forward: useMutation(trpc.complaints.forward.mutationOptions()),
    centerAnswer: useMutation(trpc.complaints.centerAnswer.mutationOptions()),
    addNote: useMutation(trpc.complaints.addNote.mutationOptions()),
    reopen: useMutation(trpc.complaints.reopen.mutationOptions()),
  };
  const form = useSchemaForm(ZComplaintNoteInput, {
    defaultValues: { note: "" },
    toInput: (fields: { note: string }) => ({ complaintId: props.complaintId, note: fields.note }),
  });
  const submit = form.handleSubmit(async () => {
    try {
      await mutations[props.step].mutateAsync({ complaintId: props.complaintId, note: form.getValues().note });
      await queryClient.invalidateQueries(trpc.complaints.pathFilter());
      props.onDone(t(`complaints.done.${props.step}`));
    } catch (error) {
      showRefusal(form, error);
    }
  });
  const id = `step-${props.step}`;
  const errors = errorsAt(form, "note");
  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="space-y-2 rounded border border-indigo-200 bg-indigo-50 p-3"
      aria-label={t(`complaints.step.${props.step}`)}
    >
      {formError(form) && (
        <p role="alert" className="text-red-700">
          {formError(form)}
        </p>
      )}
      <FormField id={id} label={t(`complaints.noteLabel.${props.step}`)} errors={errors}>
        <textarea {...controlProps(id, errors)} {...form.register("note")} rows={3} maxLength={2000} />
      </FormField>
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={form.formState.isSubmitting}
          className="min-h-11 rounded bg-indigo-600 px-4 font-medium text-white disabled:opacity-60"
        >
          {t(`complaints.step.${props.step}`)}
        </button>
        <button type="button" onClick={props.onCancel} className="min-h-11 rounded border border-slate-300 px-4">
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
