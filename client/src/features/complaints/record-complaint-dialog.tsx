// Recording a complaint by hand (a call, a post, an e-mail): the channel and its reference, when it
// came in (the network's clock), the center, the customer and what they say. Then on to the complaint.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { formatLocalMinute } from "../../../../shared/domain/periods.ts";
import {
  type ComplaintCategory,
  type ComplaintChannel,
  type TRecordComplaintInput,
  ZRecordComplaintInput,
} from "../../../../shared/schemas/complaints.ts";
import { CenterField } from "../../components/ui/center-picker.tsx";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import { ModalForm } from "../../components/ui/modal-form.tsx";
import { Notice } from "../../components/ui/notice.tsx";
import { errorsAt, formError, showRefusal, useSchemaForm } from "../../lib/schema-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useNetworkTimeZone, wallTimeToIso } from "../../lib/zoned-time.ts";
import { categoryOptions, channelOptions } from "./complaint-words.ts";

interface Fields {
  channel: ComplaintChannel;
  channelRef: string;
  receivedAt: string;
  centerId: number | undefined;
  workOrderNo: string;
  category: ComplaintCategory;
  customerName: string;
  customerPhone: string;
  description: string;
}

function toInput(fields: Fields, timeZone: string): TRecordComplaintInput {
  return {
    ...fields,
    centerId: fields.centerId as number,
    receivedAt: wallTimeToIso(fields.receivedAt, timeZone) ?? "",
  };
}

export function RecordComplaintDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const timeZone = useNetworkTimeZone();
  const record = useMutation(trpc.complaints.record.mutationOptions());
  const form = useSchemaForm(ZRecordComplaintInput, {
    defaultValues: {
      channel: "HOTLINE",
      channelRef: "",
      receivedAt: formatLocalMinute(new Date(), timeZone).replace(" ", "T"),
      centerId: undefined,
      workOrderNo: "",
      category: "ATTITUDE",
      customerName: "",
      customerPhone: "",
      description: "",
    } satisfies Fields,
    toInput: (fields: Fields) => toInput(fields, timeZone),
  });
  const submit = form.handleSubmit(async () => {
    try {
      const saved = await record.mutateAsync(toInput(form.getValues(), timeZone));
      await queryClient.invalidateQueries(trpc.complaints.list.pathFilter());
      await navigate({ to: "/complaints/$complaintId", params: { complaintId: String(saved.id) } });
    } catch (error) {
      showRefusal(form, error);
    }
  });
  const errors = (name: keyof Fields) => errorsAt(form, name);
  const text = (
    name: "channelRef" | "workOrderNo" | "customerName" | "customerPhone",
    maxLength: number,
    inputMode?: "tel",
  ) => (
    <FormField id={name} label={t(`complaints.field.${name}`)} errors={errors(name)}>
      <input
        {...controlProps(name, errors(name))}
        {...form.register(name)}
        maxLength={maxLength}
        inputMode={inputMode}
      />
    </FormField>
  );
  return (
    <ModalForm title={t("complaints.record")} onSubmit={() => void submit()} onClose={onClose}>
      {formError(form) && <Notice tone="error">{formError(form)}</Notice>}
      <div className="grid min-w-0 grid-cols-1 gap-3 sm:grid-cols-2">
        <FormField id="channel" label={t("complaints.field.channel")} errors={errors("channel")}>
          <select {...controlProps("channel", errors("channel"))} {...form.register("channel")}>
            {channelOptions(t).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </FormField>
        {text("channelRef", 64)}
        <FormField
          id="receivedAt"
          label={t("complaints.field.receivedAt")}
          errors={errors("receivedAt")}
          hint={t("reportForm.timeZoneHint", { zone: timeZone })}
        >
          <input
            type="datetime-local"
            {...controlProps("receivedAt", errors("receivedAt"))}
            {...form.register("receivedAt")}
          />
        </FormField>
        <FormField id="category" label={t("complaints.field.category")} errors={errors("category")}>
          <select {...controlProps("category", errors("category"))} {...form.register("category")}>
            {categoryOptions(t).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </FormField>
        <div className="min-w-0 sm:col-span-2">
          <FormField id="centerId" label={t("reportForm.center")} errors={errors("centerId")}>
            <CenterField control={form.control} invalid={Boolean(errors("centerId"))} />
          </FormField>
        </div>
        {text("workOrderNo", 40)}
        {text("customerName", 60)}
        {text("customerPhone", 32, "tel")}
        <div className="min-w-0 sm:col-span-2">
          <FormField id="description" label={t("complaints.field.description")} errors={errors("description")}>
            <textarea
              {...controlProps("description", errors("description"))}
              {...form.register("description")}
              rows={3}
              maxLength={2000}
            />
          </FormField>
        </div>
      </div>
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={form.formState.isSubmitting}
          className="min-h-11 rounded bg-indigo-600 px-4 font-medium text-white disabled:opacity-60"
        >
          {t("complaints.save")}
        </button>
        <button type="button" onClick={onClose} className="min-h-11 rounded border border-slate-300 px-4">
          {t("cancel")}
        </button>
      </div>
    </ModalForm>
  );
}
