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
    <div className="rounded border border-slate-200 bg-white px-4 py-3" aria-live="polite" data-testid="score-preview">
      <p className="text-sm text-slate-500">{t("reportForm.liveScore")}</p>
      <p className="text-3xl font-semibold tabular-nums" data-testid="live-score">
        {score.hundredths === null ? t("reportForm.noScore") : formatHundredths(score.hundredths)}
      </p>
      <p className="text-xs text-slate-500">
        {t("reportForm.answered", { answered: answered.length, total: props.items.length })}
      </p>
      {score.criticalFailed && (
        <p role="alert" className="mt-2 text-sm font-medium text-red-700">
          {t("reportForm.criticalCap", { cap: formatHundredths(props.criticalFailCapHundredths) })}
        </p>
      )}
    </div>
  );
}
