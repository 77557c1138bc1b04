// One editable checklist item: code, labels, weight and critical flag, with its errors in place
// (at "items.<index>.<field>", as the shared schema reports them).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorsAt, type SchemaForm } from "../../lib/schema-form.ts";

/** An item as its controls hold it (the weight as typed). */
export interface ItemFields {
  code: string;
  labelZh: string;
  labelEn: string;
  weight: string;
  critical: boolean;
}

type TextField = "code" | "labelZh" | "labelEn" | "weight";

export function ChecklistItemRow<Output>(props: {
  form: SchemaForm<{ items: ItemFields[] }, Output>;
  index: number;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { form, index } = props;
  const [removing, setRemoving] = useState(false);
  const number = index + 1;
  const cell = (field: TextField, className: string) => {
    const fieldErrors = errorsAt(form, `items.${index}.${field}`);
    return (
      <td className="px-2 py-1 align-top">
        <input
          aria-label={`${t(`admin.checklists.${field}`)} ${number}`}
          aria-invalid={fieldErrors ? true : undefined}
          {...form.register(`items.${index}.${field}`)}
          className={`rounded border border-slate-300 px-2 py-1 aria-invalid:border-red-500 ${className}`}
        />
        {fieldErrors && <p className="mt-0.5 text-xs text-red-700">{fieldErrors.join(" ")}</p>}
      </td>
    );
  };
  return (
    <tr>
      <td className="px-2 py-1 text-slate-500">{number}</td>
      {cell("code", "w-48 font-mono")}
      {cell("labelZh", "w-56")}
      {cell("labelEn", "w-64")}
      {cell("weight", "w-16 text-right")}
      <td className="px-2 py-1 text-center">
        <input
          type="checkbox"
          aria-label={`${t("admin.checklists.critical")} ${number}`}
          {...form.register(`items.${index}.critical`)}
        />
      </td>
      <td className="px-2 py-1 text-xs whitespace-nowrap">
        <button
          type="button"
          onClick={() => props.onMove(-1)}
          aria-label={`${t("admin.checklists.moveUp")} ${number}`}
          className="px-1"
        >
          ↑
        </button>
        <button
          type="button"
          onClick={() => props.onMove(1)}
          aria-label={`${t("admin.checklists.moveDown")} ${number}`}
          className="px-1"
        >
          ↓
        </button>
        {removing ? (
          <span role="alertdialog" aria-label={t("admin.checklists.confirmRemove", { number })} className="ml-1">
            {t("admin.checklists.confirmRemove", { number })}{" "}
            <button type="button" onClick={props.onRemove} className="rounded bg-red-600 px-2 py-0.5 text-white">
              {t("admin.checklists.remove")}
            </button>{" "}
            <button
              type="button"
              onClick={() => setRemoving(false)}
              className="rounded border border-slate-300 px-2 py-0.5"
            >
              {t("admin.cancel")}
            </button>
          </span>
        ) : (
          <button
            type="button"
            onClick={() => setRemoving(true)}
            className="ml-1 rounded border border-slate-300 px-2 py-0.5"
          >
            {t("admin.checklists.remove")}
          </button>
        )}
      </td>
    </tr>
  );
}
