// Headquarters' scoring policy: the versions so far, a form for the next one, and a simulation
// over the closed periods (who would flip, which proposals would change) before saving it.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatHundredths } from "../../../../shared/domain/checklist-score.ts";
import { ZCreatePolicyVersionInput } from "../../../../shared/schemas/policy.ts";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { errorsAt, formError, numberOrNaN, showRefusal, useSchemaForm } from "../../lib/schema-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { Notice } from "../../components/ui/notice.tsx";

type Simulation = RouterOutputs["policy"]["simulate"];
/** The policy's fields as its controls hold them (text), under the names the schema reports. */
interface Fields {
  threshold: string;
  weights: { visits: string; callbacks: string; spotChecks: string };
  minimums: { visits: string; callbacks: string; spotChecks: string };
  criticalFailCap: string;
  correctiveDays: string;
  failuresToRevoke: string;
  timeZone: string;
  note: string;
}

const FIELDS = [
  "threshold",
  "weights.visits",
  "weights.callbacks",
  "weights.spotChecks",
  "minimums.visits",
  "minimums.callbacks",
  "minimums.spotChecks",
  "criticalFailCap",
  "correctiveDays",
  "failuresToRevoke",
] as const;

function toInput(fields: Fields) {
  const n = numberOrNaN;
  const three = (v: Fields["weights"]) => ({
    visits: n(v.visits),
    callbacks: n(v.callbacks),
    spotChecks: n(v.spotChecks),
  });
  return {
    policy: {
      threshold: n(fields.threshold),
      weights: three(fields.weights),
      minimums: three(fields.minimums),
      criticalFailCap: n(fields.criticalFailCap),
      correctiveDays: n(fields.correctiveDays),
      failuresToRevoke: n(fields.failuresToRevoke),
      timeZone: fields.timeZone,
    },
    note: fields.note.trim() === "" ? undefined : fields.note,
  };
}

export function PolicyPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const versions = useQuery(trpc.policy.versions.queryOptions());
  const current = versions.data?.[0];
  if (!current) return <p role="status">{t("loading")}</p>;
  const p = current.policy;
  const text = (v: { visits: number; callbacks: number; spotChecks: number }) => ({
    visits: String(v.visits),
    callbacks: String(v.callbacks),
    spotChecks: String(v.spotChecks),
  });
  const initial: Fields = {
    threshold: formatHundredths(p.thresholdHundredths),
    weights: text(p.weights),
    minimums: text(p.minimums),
    criticalFailCap: formatHundredths(p.criticalFailCapHundredths),
    correctiveDays: String(p.correctiveDays),
    failuresToRevoke: String(p.failuresToRevoke),
    timeZone: p.timeZone,
    note: "",
  };
  return (
    <PolicyForm
      key={current.version}
      initial={initial}
      versions={versions.data ?? []}
      onSaved={() => queryClient.invalidateQueries()}
    />
  );
}

function PolicyForm(props: {
  initial: Fields;
  versions: RouterOutputs["policy"]["versions"];
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useSchemaForm(ZCreatePolicyVersionInput, { defaultValues: props.initial, toInput });
  const [simulation, setSimulation] = useState<Simulation | null>(null);
  const [simulating, setSimulating] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const create = useMutation(trpc.policy.createVersion.mutationOptions());

  const simulate = form.handleSubmit(async ({ policy }) => {
    setSaved(null);
    setSimulating(true);
    try {
      setSimulation(await queryClient.fetchQuery(trpc.policy.simulate.queryOptions({ policy })));
    } catch (error) {
      showRefusal(form, error);
    } finally {
      setSimulating(false);
    }
  });

  const save = form.handleSubmit(async (input) => {
    try {
      const version = await create.mutateAsync(input);
      setSaved(t("policy.saved", { version: version.version }));
      await props.onSaved();
    } catch (error) {
      showRefusal(form, error);
    }
  });

  const errors = (key: string) => errorsAt(form, `policy.${key}`);
  return (
    <section aria-labelledby="policy-title" className="max-w-5xl space-y-4">
      <h1 id="policy-title" className="text-2xl font-semibold">
        {t("policy.title")}
      </h1>
      {saved && <Notice tone="success">{saved}</Notice>}
      {formError(form) && <Notice tone="error">{formError(form)}</Notice>}
      <form
        onSubmit={(e) => e.preventDefault()}
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        {FIELDS.map((key) => (
          <FormField
            key={key}
            id={`policy-${key}`}
            label={t(`policy.field.${key.replace(".", "_") as "threshold"}`)}
            errors={errors(key)}
          >
            <input {...controlProps(`policy-${key}`, errors(key))} {...form.register(key)} inputMode="decimal" />
          </FormField>
        ))}
        <FormField id="policy-timeZone" label={t("policy.field.timeZone")} errors={errors("timeZone")}>
          <input {...controlProps("policy-timeZone", errors("timeZone"))} {...form.register("timeZone")} />
        </FormField>
        <div className="sm:col-span-2 lg:col-span-3">
          <FormField id="policy-note" label={t("policy.note")} errors={errorsAt(form, "note")}>
            <input
              {...controlProps("policy-note", errorsAt(form, "note"))}
              {...form.register("note")}
              maxLength={500}
            />
          </FormField>
        </div>
        {errors("weights") && <p className="text-sm text-red-700 sm:col-span-2">{errors("weights")?.join(" ")}</p>}
        <div className="flex gap-2 sm:col-span-2 lg:col-span-4">
          <button
            type="button"
            onClick={() => void simulate()}
            disabled={simulating}
            className="rounded border border-indigo-600 px-4 py-2 font-medium text-indigo-700"
          >
            {simulating ? t("policy.simulating") : t("policy.simulate")}
          </button>
          <button
            type="button"
            onClick={() => void save()}
            disabled={!simulation || create.isPending}
            className="rounded bg-indigo-600 px-4 py-2 font-medium text-white disabled:opacity-50"
          >
            {t("policy.save")}
          </button>
        </div>
        {!simulation && <p className="text-xs text-slate-600 sm:col-span-4">{t("policy.simulateFirst")}</p>}
      </form>

      {simulation && (
        <div className="space-y-2 rounded-lg border border-indigo-200 bg-white p-4 text-sm" data-testid="simulation">
          <p className="font-medium" data-testid="simulation-totals">
            {t("policy.totals", simulation.totals)}
          </p>
          <ul className="divide-y divide-slate-100">
            {simulation.periods.map((p) => (
              <li key={p.periodKey} className="py-1" data-period={p.periodKey}>
                <span className="font-medium">{p.periodKey}</span> ·{" "}
                {t("policy.periodLine", {
                  toFail: p.flips.filter((f) => f.to === "FAIL").length,
                  toPass: p.flips.filter((f) => f.to === "PASS").length,
                  added: p.casesAdded.length,
                  removed: p.casesRemoved.length,
                })}
                {p.flips.length > 0 && (
                  <span className="text-slate-600">
                    {" "}
                    —{" "}
                    {p.flips
                      .slice(0, 8)
                      .map((f) => `${f.code} ${t(`result.${f.from}`)}→${t(`result.${f.to}`)}`)
                      .join(", ")}
                    {p.flips.length > 8 ? " …" : ""}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      <h2 className="text-lg font-semibold">{t("policy.history")}</h2>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
        {props.versions.map((v) => (
          <li key={v.version} className="px-3 py-2">
            <span className="font-medium">{t("policy.versionLabel", { version: v.version })}</span> ·{" "}
            {t("policy.summary", {
              threshold: formatHundredths(v.policy.thresholdHundredths),
              visits: v.policy.weights.visits,
              callbacks: v.policy.weights.callbacks,
              spotChecks: v.policy.weights.spotChecks,
            })}
            {v.note && <span className="text-slate-600"> · {v.note}</span>}
            {v.closedPeriods.length > 0 && (
              <span className="text-slate-600">
                {" "}
                · {t("policy.closedWith", { periods: `${v.closedPeriods[0]} … ${v.closedPeriods.at(-1)}` })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
