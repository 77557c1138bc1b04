// Proposing a penalty (DOMAIN-2.md, Penalties): for a center, of a kind, on its evidence (the upheld
// complaint or the report it was opened from, or a reason in words). Headquarters decides it; a
// direct center gets an escalation instead, and the page says so.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PENALTY_KINDS, type PenaltyKind, ZProposePenaltyInput } from "../../../../shared/schemas/penalties.ts";
import { CenterField } from "../../components/ui/center-picker.tsx";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import { Notice } from "../../components/ui/notice.tsx";
import { errorsAt, formError, numberOrNaN, showRefusal, useSchemaForm } from "../../lib/schema-form.ts";
import { useTRPC } from "../../lib/trpc.ts";

export interface ProposeSearch {
  centerId?: number;
  complaintId?: number;
  reportId?: number;
}

interface Fields {
  centerId: number | undefined;
  kind: PenaltyKind;
  amountYuan: string;
  reason: string;
}

export function ProposePenaltyPage({ search }: { search: ProposeSearch }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const propose = useMutation(trpc.penalties.propose.mutationOptions());
  const [outcome, setOutcome] = useState<string | null>(null);
  const basis: "COMPLAINT" | "REPORT" | "OTHER" = search.complaintId
    ? "COMPLAINT"
    : search.reportId
      ? "REPORT"
      : "OTHER";
  const toInput = (f: Fields) => ({
    centerId: f.centerId as number,
    kind: f.kind,
    basis,
    complaintId: search.complaintId ?? null,
    reportId: search.reportId ?? null,
    reason: f.reason,
    amountYuan: f.kind === "FINE" ? numberOrNaN(f.amountYuan) : null,
  });
  const form = useSchemaForm(ZProposePenaltyInput, {
    defaultValues: { centerId: search.centerId, kind: "FINE", amountYuan: "", reason: "" } satisfies Fields,
    toInput,
  });
  const kind = form.watch("kind");
  const submit = form.handleSubmit(async () => {
    try {
      const result = await propose.mutateAsync(toInput(form.getValues()));
      await queryClient.invalidateQueries();
      setOutcome(
        result.outcome === "PROPOSED" ? t("penalties.proposed", { id: result.penaltyId }) : t("penalties.escalated"),
      );
    } catch (error) {
      showRefusal(form, error);
    }
  });
  const errors = (name: keyof Fields | "complaintId" | "reportId") => errorsAt(form, name);
  const evidenceErrors = [...(errors("complaintId") ?? []), ...(errors("reportId") ?? [])];
  return (
    <section aria-labelledby="propose-title" className="max-w-2xl min-w-0 space-y-4">
      <h1 id="propose-title" className="text-2xl font-semibold">
        {t("penalties.proposeTitle")}
      </h1>
      <p className="text-sm text-slate-700">
        {t(`penalties.basisExplained.${basis}`, {
          complaintId: search.complaintId ?? "",
          reportId: search.reportId ?? "",
        })}
      </p>
      {outcome && (
        <Notice tone="success" testId="propose-outcome">
          {outcome}{" "}
          <Link to="/penalties" className="underline">
            {t("penalties.toLedger")}
          </Link>
        </Notice>
      )}
      {formError(form) && <Notice tone="error">{formError(form)}</Notice>}
      {evidenceErrors.length > 0 && <Notice tone="error">{evidenceErrors.join(" ")}</Notice>}
      {!outcome && (
        <form
          noValidate
          onSubmit={(e) => void submit(e)}
          className="grid min-w-0 grid-cols-1 gap-4 rounded border border-slate-200 bg-white p-3 md:grid-cols-2 md:p-4"
        >
          <div className="min-w-0 md:col-span-2">
            <FormField id="centerId" label={t("reportForm.center")} errors={errors("centerId")}>
              <CenterField control={form.control} invalid={Boolean(errors("centerId"))} />
            </FormField>
          </div>
          <FormField id="kind" label={t("penalties.col.kind")} errors={errors("kind")}>
            <select {...controlProps("kind", errors("kind"))} {...form.register("kind")}>
              {PENALTY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`penalties.kind.${k}`)}
                </option>
              ))}
            </select>
          </FormField>
          {kind === "FINE" && (
            <FormField id="amountYuan" label={t("penalties.amountYuan")} errors={errors("amountYuan")}>
              <input
                inputMode="numeric"
                {...controlProps("amountYuan", errors("amountYuan"))}
                {...form.register("amountYuan")}
              />
            </FormField>
          )}
          <div className="min-w-0 md:col-span-2">
            <FormField id="reason" label={t("penalties.reason")} errors={errors("reason")}>
              <textarea
                {...controlProps("reason", errors("reason"))}
                {...form.register("reason")}
                rows={3}
                maxLength={1000}
              />
            </FormField>
          </div>
          <div className="md:col-span-2">
            <button
              type="submit"
              disabled={form.formState.isSubmitting}
              className="min-h-11 rounded bg-red-600 px-4 font-medium text-white disabled:opacity-60"
            >
              {t("penalties.propose")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
