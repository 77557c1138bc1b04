// A satisfaction callback entered by hand: work order, call time, outcome, rating when reached,
// the three yes/no answers and a comment.
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  CALLBACK_OUTCOMES,
  type CallbackOutcome,
  type TRecordCallbackInput,
  ZRecordCallbackInput,
} from "../../../../shared/schemas/callbacks.ts";
import { CenterField } from "../../components/ui/center-picker.tsx";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import { errorsAt, formError, showRefusal, useSchemaForm } from "../../lib/schema-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { wallTimeToIso, useNetworkTimeZone } from "../../lib/zoned-time.ts";
import { Notice } from "../../components/ui/notice.tsx";

type YesNo = "" | "yes" | "no";
const YES_NO_FIELDS = ["issueResolved", "priceExplained", "staffCourteous"] as const;

interface Fields {
  centerId: number | undefined;
  workOrderNo: string;
  /** The call time as the datetime-local control holds it, in the network's time zone. */
  calledAt: string;
  outcome: CallbackOutcome;
  rating: string;
  issueResolved: YesNo;
  priceExplained: YesNo;
  staffCourteous: YesNo;
  comment: string;
}

const EMPTY: Fields = {
  centerId: undefined,
  workOrderNo: "",
  calledAt: "",
  outcome: "REACHED",
  rating: "",
  issueResolved: "",
  priceExplained: "",
  staffCourteous: "",
  comment: "",
};

function toCallbackInput(fields: Fields, timeZone: string): TRecordCallbackInput {
  // A disabled control (not reached: no rating, no answers) reads as undefined: empty.
  const toBool = (value: YesNo | undefined) => (value ? value === "yes" : null);
  return {
    centerId: fields.centerId as number,
    workOrderNo: fields.workOrderNo,
    calledAt: wallTimeToIso(fields.calledAt, timeZone) ?? "",
    outcome: fields.outcome,
    rating: fields.rating ? Number(fields.rating) : null,
    issueResolved: toBool(fields.issueResolved),
    priceExplained: toBool(fields.priceExplained),
    staffCourteous: toBool(fields.staffCourteous),
    comment: fields.comment || undefined,
  };
}

export function CallbackFormPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [notice, setNotice] = useState<string | null>(null);
  const record = useMutation(trpc.callbacks.record.mutationOptions());
  const timeZone = useNetworkTimeZone();
  const form = useSchemaForm(ZRecordCallbackInput, {
    defaultValues: EMPTY,
    toInput: (fields: Fields) => toCallbackInput(fields, timeZone),
  });
  const outcome = form.watch("outcome");

  const submit = form.handleSubmit(async () => {
    setNotice(null);
    try {
      const saved = await record.mutateAsync(toCallbackInput(form.getValues(), timeZone));
      setNotice(t("callbackForm.saved", { workOrderNo: saved.workOrderNo }));
      form.reset({ ...form.getValues(), workOrderNo: "", rating: "", comment: "" });
    } catch (error) {
      showRefusal(form, error);
    }
  });

  const errors = (name: keyof Fields) => errorsAt(form, name);
  return (
    <section aria-labelledby="callback-title" className="min-w-0 max-w-2xl space-y-4">
      <h1 id="callback-title" className="text-2xl font-semibold">
        {t("callbackForm.title")}
      </h1>
      {formError(form) && <Notice tone="error">{formError(form)}</Notice>}
      {notice && <Notice tone="success">{notice}</Notice>}
      <form
        noValidate
        onSubmit={(e) => void submit(e)}
        className="grid min-w-0 grid-cols-1 gap-4 rounded border border-slate-200 bg-white p-3 md:grid-cols-2 md:p-4"
      >
        <div className="md:col-span-2">
          <FormField id="centerId" label={t("reportForm.center")} errors={errors("centerId")}>
            <CenterField control={form.control} invalid={Boolean(errors("centerId"))} />
          </FormField>
        </div>
        <FormField id="workOrderNo" label={t("callbackForm.workOrderNo")} errors={errors("workOrderNo")}>
          <input
            {...controlProps("workOrderNo", errors("workOrderNo"))}
            {...form.register("workOrderNo")}
            maxLength={40}
          />
        </FormField>
        <FormField
          id="calledAt"
          label={t("callbackForm.calledAt")}
          errors={errors("calledAt")}
          hint={t("reportForm.timeZoneHint", { zone: timeZone })}
        >
          <input
            type="datetime-local"
            {...controlProps("calledAt", errors("calledAt"))}
            {...form.register("calledAt")}
          />
        </FormField>
        <FormField id="outcome" label={t("callbackForm.outcome")} errors={errors("outcome")}>
          <select
            {...controlProps("outcome", errors("outcome"))}
            {...form.register("outcome", {
              // Only a reached customer rates the call: leaving "reached" clears the rating.
              onChange: (e: { target: { value: string } }) => {
                if (e.target.value !== "REACHED") form.setValue("rating", "");
              },
            })}
          >
            {CALLBACK_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`callbackForm.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="rating" label={t("callbackForm.rating")} errors={errors("rating")}>
          <select
            {...controlProps("rating", errors("rating"))}
            {...form.register("rating")}
            disabled={outcome !== "REACHED"}
          >
            <option value="">{t("callbackForm.noRating")}</option>
            {[5, 4, 3, 2, 1].map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </FormField>
        {YES_NO_FIELDS.map((field) => (
          <FormField key={field} id={field} label={t(`callbackForm.${field}`)} errors={errors(field)}>
            <select {...controlProps(field, errors(field))} {...form.register(field)} disabled={outcome !== "REACHED"}>
              <option value="">{t("callbackForm.unknown")}</option>
              <option value="yes">{t("callbackForm.yes")}</option>
              <option value="no">{t("callbackForm.no")}</option>
            </select>
          </FormField>
        ))}
        <div className="md:col-span-2">
          <FormField id="comment" label={t("callbackForm.comment")} errors={errors("comment")}>
            <textarea
              {...controlProps("comment", errors("comment"))}
              {...form.register("comment")}
              rows={2}
              maxLength={1000}
            />
          </FormField>
        </div>
        <div className="md:col-span-2">
          <button
            type="submit"
            disabled={form.formState.isSubmitting}
            className="rounded bg-indigo-600 px-4 py-2 font-medium text-white disabled:opacity-60"
          >
            {t("callbackForm.save")}
          </button>
        </div>
      </form>
    </section>
  );
}
