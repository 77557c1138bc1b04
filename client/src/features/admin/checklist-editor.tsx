// Editing a checklist: items in order, each with its code, zh-CN and English labels, weight and
// critical flag. Saving writes a new version (after a confirmation); reports already filed keep theirs.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ZCreateChecklistVersionInput } from "../../../../shared/schemas/checklists.ts";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { refusalOf, type ServerRefusal } from "../../lib/server-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ChecklistItemRow, type ItemRow } from "./checklist-item-row.tsx";
import { Notice } from "../../components/ui/notice.tsx";
import { pathErrorsOfSchema } from "../../lib/messages.ts";

type Template = RouterOutputs["checklists"]["templates"][number];
let nextKey = 0;
function rowsOf(template: Template): ItemRow[] {
  return (template.current?.items ?? []).map((item) => ({ ...item, weight: String(item.weight), key: ++nextKey }));
}

export function ChecklistEditor({ template, onSaved }: { template: Template; onSaved: (version: number) => void }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.checklists.createVersion.mutationOptions());
  const [rows, setRows] = useState<ItemRow[]>(() => rowsOf(template));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [refusal, setRefusal] = useState<ServerRefusal | null>(null);
  const [confirming, setConfirming] = useState(false);
  const nextVersion = (template.versions[0]?.version ?? 0) + 1;
  const name = i18n.language === "zh-CN" ? template.nameZh : template.nameEn;

  const update = (index: number, patch: Partial<ItemRow>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const move = (index: number, by: -1 | 1) =>
    setRows((current) => {
      const target = index + by;
      if (target < 0 || target >= current.length) return current;
      const copy = [...current];
      [copy[index], copy[target]] = [copy[target]!, copy[index]!];
      return copy;
    });

  function parse() {
    const parsed = ZCreateChecklistVersionInput.safeParse({
      kind: template.kind,
      items: rows.map(({ code, labelZh, labelEn, weight, critical }) => ({
        code,
        labelZh,
        labelEn,
        weight: weight.trim() === "" ? Number.NaN : Number(weight),
        critical,
      })),
    });
    if (parsed.success) return parsed.data;
    setErrors(pathErrorsOfSchema(parsed.error));
    return null;
  }

  async function confirmSave() {
    const input = parse();
    setConfirming(false);
    if (!input) return;
    try {
      const created = await save.mutateAsync(input);
      onSaved(created.version);
      await queryClient.invalidateQueries({ queryKey: trpc.checklists.templates.queryKey() });
    } catch (error) {
      setRefusal(refusalOf(error));
    }
  }

  return (
    <div className="space-y-3" data-checklist={template.kind}>
      {(refusal?.message ?? errors.items) && (
        <Notice tone="error">{refusal?.message ?? errors.items?.join(" ")}</Notice>
      )}
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th className="px-2 py-1">#</th>
              <th className="px-2 py-1">{t("admin.checklists.code")}</th>
              <th className="px-2 py-1">{t("admin.checklists.labelZh")}</th>
              <th className="px-2 py-1">{t("admin.checklists.labelEn")}</th>
              <th className="px-2 py-1">{t("admin.checklists.weight")}</th>
              <th className="px-2 py-1">{t("admin.checklists.critical")}</th>
              <th className="px-2 py-1" />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row, index) => (
              <ChecklistItemRow
                key={row.key}
                row={row}
                index={index}
                errors={errors}
                onChange={(patch) => update(index, patch)}
                onMove={(by) => move(index, by)}
                onRemove={() => setRows((current) => current.filter((_, i) => i !== index))}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() =>
            setRows((current) => [
              ...current,
              { key: ++nextKey, code: "", labelZh: "", labelEn: "", weight: "1", critical: false },
            ])
          }
          className="rounded border border-slate-300 px-3 py-1.5 text-sm"
        >
          {t("admin.checklists.addItem")}
        </button>
        <button
          type="button"
          onClick={() => {
            setErrors({});
            setRefusal(null);
            if (parse()) setConfirming(true);
          }}
          className="rounded bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white"
        >
          {t("admin.checklists.saveVersion", { version: nextVersion })}
        </button>
      </div>
      {confirming && (
        <div
          role="alertdialog"
          aria-labelledby={`confirm-${template.kind}`}
          className="rounded border border-amber-300 bg-amber-50 p-3 text-sm"
        >
          <p id={`confirm-${template.kind}`}>{t("admin.checklists.confirmSave", { name })}</p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              onClick={() => void confirmSave()}
              disabled={save.isPending}
              className="rounded bg-indigo-600 px-3 py-1 font-medium text-white"
            >
              {t("admin.users.confirm")}
            </button>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              className="rounded border border-slate-300 px-3 py-1"
            >
              {t("admin.cancel")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
