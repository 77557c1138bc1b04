// The auditor's form for a mystery-shopper visit or a video spot-check: center, time, scenario or
// footage reference, then the checklist with a live score. Save a draft, come back, submit.
// Submitted and void reports open read-only.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useRouterState } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatHundredths } from "../../../../shared/domain/checklist-score.ts";
import { cappedReportScore } from "../../../../shared/domain/scoring.ts";
import {
  type ReportKind,
  type TSaveReportInput,
  VISIT_SCENARIOS,
  ZSaveReportInput,
} from "../../../../shared/schemas/reports.ts";
import { CenterField } from "../../components/ui/center-picker.tsx";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { ConfirmDialog } from "../../components/ui/confirm-dialog.tsx";
import { errorsAt, formError, showRefusal, useSchemaForm } from "../../lib/schema-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { isoToWallTime, wallTimeToIso } from "../../lib/zoned-time.ts";
import { type AnswerState, ChecklistAnswers } from "./checklist-answers.tsx";
import { ProposePenaltyLink } from "./propose-penalty-link.tsx";
import { ScorePreview } from "./score-preview.tsx";
import { Notice } from "../../components/ui/notice.tsx";
import { QueryState } from "../../components/ui/query-state.tsx";

type Report = RouterOutputs["reports"]["byId"];
type Checklist = RouterOutputs["reports"]["checklist"];

/** /reports/new/$kind: a new draft. */
export function NewReportPage({ kind }: { kind: ReportKind }) {
  const trpc = useTRPC();
  const checklist = useQuery(trpc.reports.checklist.queryOptions({ kind }));
  const policy = useQuery(trpc.policy.current.queryOptions());
  if (!checklist.data) return <QueryState query={checklist} />;
  if (!policy.data) return <QueryState query={policy} />;
  return (
    <ReportForm
      kind={kind}
      checklist={checklist.data}
      report={null}
      timeZone={policy.data.policy.timeZone}
      capHundredths={policy.data.policy.criticalFailCapHundredths}
    />
  );
}

/** /reports/$reportId: a draft to continue, or a report to read. */
export function ReportPage({ reportId }: { reportId: number }) {
  const trpc = useTRPC();
  const report = useQuery(trpc.reports.byId.queryOptions({ reportId }));
  const policy = useQuery(trpc.policy.current.queryOptions());
  if (!report.data) return <QueryState query={report} />;
  if (!policy.data) return <QueryState query={policy} />;
  return (
    <ReportForm
      key={`${report.data.id}-${report.data.revision}`}
      kind={report.data.kind}
      checklist={report.data.templateVersion}
      report={report.data}
      timeZone={policy.data.policy.timeZone}
      capHundredths={report.data.criticalFailCap}
    />
  );
}

interface Fields {
  centerId: number | undefined;
  /** As the datetime-local control holds it, in the network's time zone. */
  eventAt: string;
  scenario: string;
  footageRef: string;
  summary: string;
  /** Per checklist item code. */
  answers: Record<string, AnswerState>;
}

function fieldsOf(report: Report | null, timeZone: string): Fields {
  return {
    centerId: report?.center.id,
    eventAt: report ? isoToWallTime(report.eventAt, timeZone) : "",
    scenario: report?.scenario ?? "",
    footageRef: report?.footageRef ?? "",
    summary: report?.summary ?? "",
    answers: Object.fromEntries(
      (report?.answers ?? []).map((a) => [a.itemCode, { answer: a.answer, note: a.note ?? "" }]),
    ),
  };
}

function ReportForm(props: {
  kind: ReportKind;
  checklist: Checklist;
  report: Report | null;
  timeZone: string;
  capHundredths: number;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { report } = props;
  const readOnly = report !== null && report.status !== "DRAFT";
  /** The answered items in checklist order: what is sent, and how an error's index maps back to an item. */
  const answeredCodes = (answers: Fields["answers"]) =>
    props.checklist.items.filter((item) => answers[item.code]?.answer).map((item) => item.code);
  const toInput = (fields: Fields): TSaveReportInput => ({
    reportId: report?.id,
    revision: report?.revision,
    kind: props.kind,
    centerId: fields.centerId as number,
    eventAt: wallTimeToIso(fields.eventAt, props.timeZone) ?? "",
    scenario: props.kind === "VISIT" ? (fields.scenario as TSaveReportInput["scenario"]) || undefined : undefined,
    footageRef: props.kind === "SPOT_CHECK" ? fields.footageRef || undefined : undefined,
    summary: fields.summary || undefined,
    answers: answeredCodes(fields.answers).map((itemCode) => {
      const state = fields.answers[itemCode]!;
      return { itemCode, answer: state.answer!, note: state.note || undefined };
    }),
  });
  // The same schema the server checks: the person sees the message before a round trip.
  const form = useSchemaForm(ZSaveReportInput, { defaultValues: fieldsOf(report, props.timeZone), toInput });
  const answers = form.watch("answers");
  // Kept in the page's history entry: saving gives the report a new revision (or, for a new one,
  // its own address), and the form is drawn afresh for it.
  const notice = useRouterState({ select: (state) => state.location.state.reportNotice });
  const [conflict, setConflict] = useState(false);
  const [confirmingSubmit, setConfirmingSubmit] = useState(false);

  const saveDraft = useMutation(trpc.reports.saveDraft.mutationOptions());
  const submit = useMutation(trpc.reports.submit.mutationOptions());
  const busy = saveDraft.isPending || submit.isPending;

  async function save(andSubmit: boolean) {
    setConflict(false);
    try {
      const saved = await saveDraft.mutateAsync(toInput(form.getValues()));
      let reportNotice: string = t("reportForm.saved", { revision: saved.revision });
      if (andSubmit) {
        const done = await submit.mutateAsync({ reportId: saved.reportId, revision: saved.revision });
        const counted = cappedReportScore(done.rawScore, done.criticalFailed, props.capHundredths);
        reportNotice = t("reportForm.submitted", { score: formatHundredths(counted) });
      }
      await queryClient.invalidateQueries({ queryKey: trpc.reports.pathKey() });
      await navigate({
        to: "/reports/$reportId",
        params: { reportId: String(saved.reportId) },
        state: (previous) => ({ ...previous, reportNotice }),
        replace: report !== null,
      });
    } catch (error) {
      setConflict(showRefusal(form, error).code === "CONFLICT");
    }
  }
  const saveAsDraft = form.handleSubmit(() => save(false));
  // Submitting cannot be undone (the report is final; only a manager can void it): ask first.
  const askToSubmit = form.handleSubmit(() => setConfirmingSubmit(true));

  const errors = (name: keyof Fields) => errorsAt(form, name);
  const kindLabel = t(`reportKind.${props.kind}`);
  const title = !report
    ? t("reportForm.newTitle", { kind: kindLabel })
    : readOnly
      ? t("reportForm.viewTitle", { kind: kindLabel, id: report.id, status: t(`reportStatus.${report.status}`) })
      : t("reportForm.editTitle", { kind: kindLabel, id: report.id });
  const formLevelError = formError(form);

  return (
    <section aria-labelledby="report-title" className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 id="report-title" className="text-2xl font-semibold">
          {title}
        </h1>
        <Link to="/reports" className="text-sm text-indigo-700 underline">
          {t("reportForm.back")}
        </Link>
      </div>
      {readOnly && (
        <p className="rounded bg-slate-100 px-3 py-2 text-sm" data-testid="read-only">
          {t("reportForm.readOnly", { status: t(`reportStatus.${report.status}`) })}
          {report.voidReason ? ` — ${report.voidReason}` : ""}
        </p>
      )}
      {formLevelError && (
        <Notice tone="error">
          {formLevelError}
          {conflict && report && (
            <button
              type="button"
              className="ml-2 underline"
              onClick={() =>
                void queryClient.invalidateQueries({ queryKey: trpc.reports.byId.queryKey({ reportId: report.id }) })
              }
            >
              {t("reportForm.conflict")}
            </button>
          )}
        </Notice>
      )}
      {notice && <Notice tone="success">{notice}</Notice>}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[1fr_16rem]">
        {/* min-w-0 and grid-cols-1 (minmax(0, 1fr)): a grid track, a grid item and a fieldset are
            otherwise as wide as the center picker's longest option. */}
        <div className="min-w-0 space-y-4">
          <fieldset
            disabled={readOnly || busy}
            className="grid min-w-0 grid-cols-1 gap-4 rounded border border-slate-200 bg-white p-3 md:grid-cols-2 md:p-4"
          >
            <div className="md:col-span-2">
              <FormField id="centerId" label={t("reportForm.center")} errors={errors("centerId")}>
                {readOnly ? (
                  <p id="centerId">{`${report.center.code} · ${report.center.name}`}</p>
                ) : (
                  <CenterField control={form.control} invalid={Boolean(errors("centerId"))} />
                )}
              </FormField>
            </div>
            <FormField
              id="eventAt"
              label={props.kind === "VISIT" ? t("reportForm.eventAt") : t("reportForm.footageAt")}
              errors={errors("eventAt")}
              hint={t("reportForm.timeZoneHint", { zone: props.timeZone })}
            >
              <input
                type="datetime-local"
                {...controlProps("eventAt", errors("eventAt"))}
                {...form.register("eventAt")}
              />
            </FormField>
            {props.kind === "VISIT" ? (
              <FormField id="scenario" label={t("reportForm.scenario")} errors={errors("scenario")}>
                <select {...controlProps("scenario", errors("scenario"))} {...form.register("scenario")}>
                  <option value="">{t("reportForm.chooseScenario")}</option>
                  {VISIT_SCENARIOS.map((s) => (
                    <option key={s} value={s}>
                      {t(`scenario.${s}`)}
                    </option>
                  ))}
                </select>
              </FormField>
            ) : (
              <FormField id="footageRef" label={t("reportForm.footageRef")} errors={errors("footageRef")}>
                <input
                  {...controlProps("footageRef", errors("footageRef"))}
                  {...form.register("footageRef")}
                  maxLength={120}
                />
              </FormField>
            )}
            <div className="md:col-span-2">
              <FormField id="summary" label={t("reportForm.summary")} errors={errors("summary")}>
                <textarea
                  {...controlProps("summary", errors("summary"))}
                  {...form.register("summary")}
                  rows={2}
                  maxLength={2000}
                />
              </FormField>
            </div>
          </fieldset>
          <h2 className="text-lg font-semibold">{t("reportForm.checklist", { version: props.checklist.version })}</h2>
          {errors("answers") && (
            <p role="alert" className="text-sm text-red-700" data-field-error="answers">
              {errors("answers")?.join(" ")}
            </p>
          )}
          <ChecklistAnswers
            items={props.checklist.items}
            answers={answers}
            readOnly={readOnly || busy}
            onChange={(code, state) => form.setValue(`answers.${code}`, state)}
            errorFor={(index) => {
              const sentIndex = answeredCodes(answers).indexOf(props.checklist.items[index]?.code ?? "");
              return sentIndex >= 0 ? errorsAt(form, `answers.${sentIndex}.itemCode`) : undefined;
            }}
          />
        </div>
        {/* On a phone the live score and the buttons stay on screen in a bar at the bottom. */}
        <aside className="sticky bottom-0 z-10 -mx-3 flex items-center gap-3 border-t border-slate-200 bg-white p-3 shadow-[0_-2px_6px_rgba(0,0,0,0.06)] lg:bottom-auto lg:top-4 lg:mx-0 lg:block lg:space-y-3 lg:self-start lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none">
          {readOnly && report.score !== null ? (
            <div className="rounded border border-slate-200 bg-white px-4 py-3">
              <p className="text-sm text-slate-500">{t("reports.col.score")}</p>
              <p className="text-3xl font-semibold tabular-nums" data-testid="final-score">
                {formatHundredths(report.score)}
              </p>
              {report.criticalFailed && <p className="text-sm text-red-700">{t("reports.criticalFailed")}</p>}
              {report.criticalFailed && report.status === "SUBMITTED" && (
                <ProposePenaltyLink centerId={report.center.id} reportId={report.id} />
              )}
            </div>
          ) : (
            <ScorePreview
              items={props.checklist.items}
              answers={answers}
              criticalFailCapHundredths={props.capHundredths}
            />
          )}
          {!readOnly && (
            <div className="flex flex-1 flex-row justify-end gap-2 lg:flex-col">
              <button
                type="button"
                disabled={busy}
                onClick={() => void saveAsDraft()}
                className="min-h-11 rounded border border-indigo-600 px-4 py-2 font-medium text-indigo-700 disabled:opacity-60"
              >
                {saveDraft.isPending && !submit.isPending ? t("reportForm.saving") : t("reportForm.saveDraft")}
              </button>
              <button
                type="button"
                disabled={busy}
                onClick={() => void askToSubmit()}
                className="min-h-11 rounded bg-indigo-600 px-4 py-2 font-medium text-white disabled:opacity-60"
              >
                {submit.isPending ? t("reportForm.submitting") : t("reportForm.submit")}
              </button>
            </div>
          )}
        </aside>
      </div>
      {confirmingSubmit && (
        <ConfirmDialog
          title={t("reportForm.confirmSubmitTitle")}
          confirmLabel={t("reportForm.submit")}
          onConfirm={() => {
            setConfirmingSubmit(false);
            void save(true);
          }}
          onCancel={() => setConfirmingSubmit(false)}
        >
          {t("reportForm.confirmSubmit")}
        </ConfirmDialog>
      )}
    </section>
  );
}
