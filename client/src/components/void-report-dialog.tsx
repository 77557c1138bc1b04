// Voiding is irreversible: a dialog asks for the reason and confirms.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormField, controlProps } from "./ui/form-field.tsx";
import { refusalOf, type ServerRefusal } from "../lib/server-errors.ts";
import { useTRPC } from "../lib/trpc.ts";
import { ModalForm } from "./ui/modal-form.tsx";

export function VoidReportDialog(props: { reportId: number; onClose: () => void; onVoided: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState("");
  const [refusal, setRefusal] = useState<ServerRefusal | null>(null);
  const voidReport = useMutation(
    trpc.reports.void.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.reports.list.queryKey() });
        props.onVoided();
      },
      onError: (error) => setRefusal(refusalOf(error)),
    }),
  );
  return (
    <ModalForm labelledBy="void-title" onSubmit={() => voidReport.mutate({ reportId: props.reportId, reason })}>
      <h2 id="void-title" className="text-lg font-semibold">
        {t("reports.void")} #{props.reportId}
      </h2>
      {refusal && !refusal.fieldErrors.reason && (
        <p role="alert" className="text-sm text-red-700">
          {refusal.message}
        </p>
      )}
      <FormField id="void-reason" label={t("reports.voidReason")} errors={refusal?.fieldErrors.reason}>
        <textarea
          {...controlProps("void-reason", refusal?.fieldErrors.reason)}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
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
          disabled={voidReport.isPending}
          className="rounded bg-red-600 px-3 py-1.5 font-medium text-white disabled:opacity-60"
        >
          {t("reports.voidConfirm")}
        </button>
      </div>
    </ModalForm>
  );
}
