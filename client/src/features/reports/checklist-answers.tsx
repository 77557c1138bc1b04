// One row per checklist item: PASS / FAIL / N/A as a radio group, and an optional note.
import { useTranslation } from "react-i18next";
import { ANSWERS } from "../../../../shared/schemas/reports.ts";
import type { RouterOutputs } from "../../lib/api-types.ts";

type Item = RouterOutputs["reports"]["checklist"]["items"][number];
export type AnswerValue = (typeof ANSWERS)[number];
export interface AnswerState {
  answer?: AnswerValue;
  note: string;
}

export function ChecklistAnswers(props: {
  items: Item[];
  answers: Record<string, AnswerState>;
  onChange: (code: string, state: AnswerState) => void;
  readOnly: boolean;
  errorFor: (index: number) => string[] | undefined;
}) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language === "zh-CN";
  return (
    <ol className="divide-y divide-slate-100 rounded border border-slate-200 bg-white">
      {props.items.map((item, index) => {
        const state = props.answers[item.code] ?? { note: "" };
        const errors = props.errorFor(index);
        return (
          <li key={item.code} className="grid gap-2 px-4 py-3 md:grid-cols-[1fr_auto]" data-item={item.code}>
            <fieldset>
              <legend className="text-sm font-medium">
                {index + 1}. {zh ? item.labelZh : item.labelEn}{" "}
                <span className="text-xs font-normal text-slate-500">
                  ({t("reportForm.weight", { weight: item.weight })}
                  {item.critical && (
                    <>
                      , <span className="font-medium text-red-700">{t("reportForm.critical")}</span>
                    </>
                  )}
                  )
                </span>
              </legend>
              <div className="mt-2 flex gap-4 text-sm">
                {ANSWERS.map((answer) => (
                  <label key={answer} className="flex items-center gap-1">
                    <input
                      type="radio"
                      name={`answer-${item.code}`}
                      value={answer}
                      checked={state.answer === answer}
                      disabled={props.readOnly}
                      onChange={() => props.onChange(item.code, { ...state, answer })}
                    />
                    {t(`answer.${answer}`)}
                  </label>
                ))}
              </div>
              {errors && <p className="mt-1 text-sm text-red-700">{errors.join(" ")}</p>}
            </fieldset>
            <input
              type="text"
              aria-label={`${t("reportForm.note")} ${index + 1}`}
              placeholder={t("reportForm.note")}
              value={state.note}
              maxLength={500}
              disabled={props.readOnly}
              onChange={(e) => props.onChange(item.code, { ...state, note: e.target.value })}
              className="self-end rounded border border-slate-300 px-2 py-1 text-sm md:w-64"
            />
          </li>
        );
      })}
    </ol>
  );
}
