// One editable checklist item: code, labels, weight and critical flag, with its errors in place
// (keyed "items.<index>.<field>", as the shared schema reports them).
import { useTranslation } from "react-i18next";

export interface ItemRow {
  key: number;
  code: string;
  labelZh: string;
  labelEn: string;
  weight: string;
  critical: boolean;
}

type TextField = "code" | "labelZh" | "labelEn" | "weight";

export function ChecklistItemRow(props: {
  row: ItemRow;
  index: number;
  errors: Record<string, string[]>;
  onChange: (patch: Partial<ItemRow>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { row, index } = props;
  const number = index + 1;
  const cell = (field: TextField, className: string) => {
    const fieldErrors = props.errors[`items.${index}.${field}`];
    return (
      <td className="px-2 py-1 align-top">
        <input
          aria-label={`${t(`admin.checklists.${field}`)} ${number}`}
          aria-invalid={fieldErrors ? true : undefined}
          value={row[field]}
          onChange={(e) => props.onChange({ [field]: e.target.value })}
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
          checked={row.critical}
          onChange={(e) => props.onChange({ critical: e.target.checked })}
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
        <button type="button" onClick={props.onRemove} className="ml-1 rounded border border-slate-300 px-2 py-0.5">
          {t("admin.checklists.remove")}
        </button>
      </td>
    </tr>
  );
}
