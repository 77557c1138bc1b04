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
          <li key={item.code} className="grid gap-2 px-3 py-3 md:grid-cols-[1fr_auto] md:px-4" data-item={item.code}>
            <fieldset className="min-w-0">
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
              {/* Each answer a whole 44 px tap target: auditors answer on a phone, by thumb. */}
              <div className="mt-2 grid grid-cols-3 gap-2 text-sm md:flex md:gap-2">
                {ANSWERS.map((answer) => (
                  <label
                    key={answer}
                    className="flex min-h-11 cursor-pointer items-center justify-center gap-2 rounded border border-slate-300 px-3 has-checked:border-indigo-600 has-checked:bg-indigo-50 has-checked:font-medium md:min-h-9"
                  >
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
              className="min-h-11 w-full self-end rounded border border-slate-300 px-2 py-1 text-sm md:min-h-0 md:w-64"
            />
          </li>
        );
      })}
    </ol>
  );
}
