// A satisfaction callback entered by hand: work order, call time, outcome, rating when reached,
// the three yes/no answers and a comment.
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type z } from "zod";
import { CALLBACK_OUTCOMES, type CallbackOutcome, ZRecordCallbackInput } from "../../../../shared/schemas/callbacks.ts";
import { CenterPicker } from "../../components/ui/center-picker.tsx";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import { fieldErrorsOfSchema, refusalOf, type ServerRefusal } from "../../lib/server-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { wallTimeToIso } from "../../lib/zoned-time.ts";
import { Notice } from "../../components/ui/notice.tsx";

type YesNo = "" | "yes" | "no";
const YES_NO_FIELDS = ["issueResolved", "priceExplained", "staffCourteous"] as const;

export function CallbackFormPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const policy = useQuery(trpc.policy.current.queryOptions());
  const [centerId, setCenterId] = useState<number | undefined>();
  const [workOrderNo, setWorkOrderNo] = useState("");
  const [calledAt, setCalledAt] = useState("");
  const [outcome, setOutcome] = useState<CallbackOutcome>("REACHED");
  const [rating, setRating] = useState("");
  const [yesNo, setYesNo] = useState<Record<(typeof YES_NO_FIELDS)[number], YesNo>>({
    issueResolved: "",
    priceExplained: "",
    staffCourteous: "",
  });
  const [comment, setComment] = useState("");
  const [refusal, setRefusal] = useState<ServerRefusal | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const record = useMutation(trpc.callbacks.record.mutationOptions());
  const timeZone = policy.data?.policy.timeZone ?? "Asia/Shanghai";

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const toBool = (value: YesNo) => (value === "" ? null : value === "yes");
    const input = {
      centerId,
      workOrderNo,
      calledAt: wallTimeToIso(calledAt, timeZone) ?? "",
      outcome,
      rating: rating === "" ? null : Number(rating),
      issueResolved: toBool(yesNo.issueResolved),
      priceExplained: toBool(yesNo.priceExplained),
      staffCourteous: toBool(yesNo.staffCourteous),
      comment: comment || undefined,
    };
    const parsed = ZRecordCallbackInput.safeParse(input);
    if (!parsed.success) {
      setRefusal({ message: "", fieldErrors: fieldErrorsOfSchema(parsed.error), code: "BAD_REQUEST" });
      return;
    }
    try {
      const saved = await record.mutateAsync(input as z.input<typeof ZRecordCallbackInput>);
      setRefusal(null);
      setNotice(t("callbackForm.saved", { workOrderNo: saved.workOrderNo }));
      setWorkOrderNo("");
      setRating("");
      setComment("");
    } catch (error) {
      setRefusal(refusalOf(error));
    }
  }

  const errors = refusal?.fieldErrors ?? {};
  const formError = refusal && Object.keys(refusal.fieldErrors).length === 0 ? refusal.message : null;
  return (
    <section aria-labelledby="callback-title" className="max-w-2xl space-y-4">
      <h1 id="callback-title" className="text-2xl font-semibold">
        {t("callbackForm.title")}
      </h1>
      {formError && <Notice tone="error">{formError}</Notice>}
      {notice && <Notice tone="success">{notice}</Notice>}
      <form
        noValidate
        onSubmit={(e) => void handleSubmit(e)}
        className="grid gap-4 rounded border border-slate-200 bg-white p-4 md:grid-cols-2"
      >
        <div className="md:col-span-2">
          <FormField id="centerId" label={t("reportForm.center")} errors={errors.centerId}>
            <CenterPicker
              id="centerId"
              value={centerId}
              onChange={setCenterId}
              invalid={Boolean(errors.centerId)}
              describedBy="centerId-error"
            />
          </FormField>
        </div>
        <FormField id="workOrderNo" label={t("callbackForm.workOrderNo")} errors={errors.workOrderNo}>
          <input
            {...controlProps("workOrderNo", errors.workOrderNo)}
            value={workOrderNo}
            maxLength={40}
            onChange={(e) => setWorkOrderNo(e.target.value)}
          />
        </FormField>
        <FormField
          id="calledAt"
          label={t("callbackForm.calledAt")}
          errors={errors.calledAt}
          hint={t("reportForm.timeZoneHint", { zone: timeZone })}
        >
          <input
            type="datetime-local"
            {...controlProps("calledAt", errors.calledAt)}
            value={calledAt}
            onChange={(e) => setCalledAt(e.target.value)}
          />
        </FormField>
        <FormField id="outcome" label={t("callbackForm.outcome")} errors={errors.outcome}>
          <select
            {...controlProps("outcome", errors.outcome)}
            value={outcome}
            onChange={(e) => {
              setOutcome(e.target.value as CallbackOutcome);
              if (e.target.value !== "REACHED") setRating("");
            }}
          >
            {CALLBACK_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`callbackForm.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="rating" label={t("callbackForm.rating")} errors={errors.rating}>
          <select
            {...controlProps("rating", errors.rating)}
            value={rating}
            disabled={outcome !== "REACHED"}
            onChange={(e) => setRating(e.target.value)}
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
          <FormField key={field} id={field} label={t(`callbackForm.${field}`)} errors={errors[field]}>
            <select
              {...controlProps(field, errors[field])}
              value={yesNo[field]}
              disabled={outcome !== "REACHED"}
              onChange={(e) => setYesNo((current) => ({ ...current, [field]: e.target.value as YesNo }))}
            >
              <option value="">{t("callbackForm.unknown")}</option>
              <option value="yes">{t("callbackForm.yes")}</option>
              <option value="no">{t("callbackForm.no")}</option>
            </select>
          </FormField>
        ))}
        <div className="md:col-span-2">
          <FormField id="comment" label={t("callbackForm.comment")} errors={errors.comment}>
            <textarea
              {...controlProps("comment", errors.comment)}
              rows={2}
              maxLength={1000}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </FormField>
        </div>
        <div className="md:col-span-2">
          <button
            type="submit"
            disabled={record.isPending}
            className="rounded bg-indigo-600 px-4 py-2 font-medium text-white disabled:opacity-60"
          >
            {t("callbackForm.save")}
          </button>
        </div>
      </form>
    </section>
  );
}
