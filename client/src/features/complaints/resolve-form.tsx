// Resolving a complaint: the finding, the customer's remedy (compensation in yuan), and, for a
// counterfeit part found upheld, what the customer paid for it (they get three times that; the
// counterfeit rule proposes the penalties).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { counterfeitCompensationYuan } from "../../../../shared/domain/penalty-rules.ts";
import {
  COMPLAINT_FINDINGS,
  COMPLAINT_REMEDIES,
  ZResolveComplaintInput,
} from "../../../../shared/schemas/complaints.ts";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import { errorsAt, formError, numberOrNaN, showRefusal, useSchemaForm } from "../../lib/schema-form.ts";
import { useTRPC } from "../../lib/trpc.ts";

interface Fields {
  finding: (typeof COMPLAINT_FINDINGS)[number];
  remedy: (typeof COMPLAINT_REMEDIES)[number];
  compensationYuan: string;
  counterfeitPartYuan: string;
  resolution: string;
}

export function ResolveForm(props: { complaintId: number; onDone: (message: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const resolve = useMutation(trpc.complaints.resolve.mutationOptions());
  const toInput = (fields: Fields) => ({
    complaintId: props.complaintId,
    finding: fields.finding,
    remedy: fields.remedy,
    compensationYuan: fields.compensationYuan.trim() ? numberOrNaN(fields.compensationYuan) : null,
    counterfeitPartYuan: fields.counterfeitPartYuan.trim() ? numberOrNaN(fields.counterfeitPartYuan) : null,
    resolution: fields.resolution,
  });
  const form = useSchemaForm(ZResolveComplaintInput, {
    defaultValues: {
      finding: "UPHELD",
      remedy: "NONE",
      compensationYuan: "",
      counterfeitPartYuan: "",
      resolution: "",
    } satisfies Fields,
    toInput,
  });
  const part = Number(form.watch("counterfeitPartYuan"));
  const submit = form.handleSubmit(async () => {
    try {
      await resolve.mutateAsync(toInput(form.getValues()));
      await queryClient.invalidateQueries();
      props.onDone(t("complaints.done.resolve"));
    } catch (error) {
      showRefusal(form, error);
    }
  });
  const errors = (name: keyof Fields) => errorsAt(form, name);
  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label={t("complaints.step.resolve")}
      className="grid min-w-0 grid-cols-1 gap-3 rounded border border-emerald-200 bg-emerald-50 p-3 sm:grid-cols-2"
    >
      {formError(form) && (
        <p role="alert" className="text-red-700 sm:col-span-2">
          {formError(form)}
        </p>
      )}
      <FormField id="finding" label={t("complaints.field.finding")} errors={errors("finding")}>
        <select {...controlProps("finding", errors("finding"))} {...form.register("finding")}>
          {COMPLAINT_FINDINGS.map((f) => (
            <option key={f} value={f}>
              {t(`complaints.finding.${f}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="remedy" label={t("complaints.field.remedy")} errors={errors("remedy")}>
        <select {...controlProps("remedy", errors("remedy"))} {...form.register("remedy")}>
          {COMPLAINT_REMEDIES.map((r) => (
            <option key={r} value={r}>
              {t(`complaints.remedy.${r}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id="compensationYuan"
        label={t("complaints.field.compensationYuan")}
        errors={errors("compensationYuan")}
      >
        <input
          inputMode="numeric"
          {...controlProps("compensationYuan", errors("compensationYuan"))}
          {...form.register("compensationYuan")}
        />
      </FormField>
      <FormField
        id="counterfeitPartYuan"
        label={t("complaints.field.counterfeitPartYuan")}
        errors={errors("counterfeitPartYuan")}
        hint={
          Number.isInteger(part) && part > 0
            ? t("complaints.threeTimes", { yuan: counterfeitCompensationYuan(part) })
            : t("complaints.counterfeitHint")
        }
      >
        <input
          inputMode="numeric"
          {...controlProps("counterfeitPartYuan", errors("counterfeitPartYuan"))}
          {...form.register("counterfeitPartYuan")}
        />
      </FormField>
      <div className="min-w-0 sm:col-span-2">
        <FormField id="resolution" label={t("complaints.field.resolution")} errors={errors("resolution")}>
          <textarea
            {...controlProps("resolution", errors("resolution"))}
            {...form.register("resolution")}
            rows={3}
            maxLength={2000}
          />
        </FormField>
      </div>
      <div className="flex gap-2 sm:col-span-2">
        <button
          type="submit"
          disabled={form.formState.isSubmitting}
          className="min-h-11 rounded bg-emerald-700 px-4 font-medium text-white disabled:opacity-60"
        >
          {t("complaints.step.resolve")}
        </button>
        <button type="button" onClick={props.onCancel} className="min-h-11 rounded border border-slate-300 px-4">
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
