// The live score as the auditor answers: the same shared function the server scores with.
import { useTranslation } from "react-i18next";
import { checklistScore, formatHundredths } from "../../../../shared/domain/checklist-score.ts";
import type { AnswerState } from "./checklist-answers.tsx";

export function ScorePreview(props: {
  items: { code: string; weight: number; critical: boolean }[];
  answers: Record<string, AnswerState>;
  criticalFailCapHundredths: number;
}) {
  const { t } = useTranslation();
  const answered = props.items.flatMap((item) => {
    const answer = props.answers[item.code]?.answer;
    return answer ? [{ ...item, answer }] : [];
  });
  const score = checklistScore(answered, props.criticalFailCapHundredths);
  return (
    <div
      className="min-w-0 rounded bg-white lg:border lg:border-slate-200 lg:px-4 lg:py-3"
      aria-live="polite"
      data-testid="score-preview"
    >
      <p className="text-xs text-slate-500 lg:text-sm">{t("reportForm.liveScore")}</p>
      <p className="text-2xl font-semibold tabular-nums lg:text-3xl" data-testid="live-score">
        {score.hundredths === null ? t("reportForm.noScore") : formatHundredths(score.hundredths)}
      </p>
      <p className="text-xs text-slate-500">
        {t("reportForm.answered", { answered: answered.length, total: props.items.length })}
      </p>
      {score.criticalFailed && (
        <p role="alert" className="text-xs font-medium text-red-700 lg:mt-2 lg:text-sm">
          {t("reportForm.criticalCap", { cap: formatHundredths(props.criticalFailCapHundredths) })}
        </p>
      )}
    </div>
  );
}
