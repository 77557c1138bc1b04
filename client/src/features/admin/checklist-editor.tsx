// Editing a checklist: items in order, each with its code, zh-CN and English labels, weight and
// critical flag. Saving writes a new version (after a confirmation); reports already filed keep theirs.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFieldArray } from "react-hook-form";
import {
  type TCreateChecklistVersionInput,
  ZCreateChecklistVersionInput,
} from "../../../../shared/schemas/checklists.ts";
import { Notice } from "../../components/ui/notice.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { useLocalizedName } from "../../lib/localized-name.ts";
import { errorsAt, formError, numberOrNaN, showRefusal, useSchemaForm } from "../../lib/schema-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ChecklistItemRow, type ItemFields } from "./checklist-item-row.tsx";

type Template = RouterOutputs["checklists"]["templates"][number];

function itemsOf(template: Template): ItemFields[] {
  return (template.current?.items ?? []).map(({ code, labelZh, labelEn, weight, critical }) => ({
    code,
    labelZh,
    labelEn,
    weight: String(weight),
    critical,
  }));
}

export function ChecklistEditor({ template, onSaved }: { template: Template; onSaved: (version: number) => void }) {
  const { t } = useTranslation();
  const localized = useLocalizedName();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.checklists.createVersion.mutationOptions());
  const form = useSchemaForm(ZCreateChecklistVersionInput, {
    defaultValues: { items: itemsOf(template) },
    toInput: ({ items }: { items: ItemFields[] }) => ({
      kind: template.kind,
      items: items.map((item) => ({ ...item, weight: numberOrNaN(item.weight) })),
    }),
  });
  const items = useFieldArray({ control: form.control, name: "items" });
  const [confirming, setConfirming] = useState<TCreateChecklistVersionInput | null>(null);
  const nextVersion = (template.versions[0]?.version ?? 0) + 1;

  async function confirmSave(input: TCreateChecklistVersionInput) {
    setConfirming(null);
    try {
      const created = await save.mutateAsync(input);
      onSaved(created.version);
      await queryClient.invalidateQueries({ queryKey: trpc.checklists.templates.queryKey() });
    } catch (error) {
      showRefusal(form, error);
    }
  }
  const problem = formError(form) ?? errorsAt(form, "items")?.join(" ") ?? errorsAt(form, "items.root")?.join(" ");

  return (
    <div className="space-y-3" data-checklist={template.kind}>
      {problem && <Notice tone="error">{problem}</Notice>}
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
            {items.fields.map((row, index) => (
              <ChecklistItemRow
                key={row.id}
                form={form}
                index={index}
                onMove={(by) => {
                  if (index + by >= 0 && index + by < items.fields.length) items.move(index, index + by);
                }}
                onRemove={() => items.remove(index)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => items.append({ code: "", labelZh: "", labelEn: "", weight: "1", critical: false })}
          className="rounded border border-slate-300 px-3 py-1.5 text-sm"
        >
          {t("admin.checklists.addItem")}
        </button>
        <button
          type="button"
          onClick={() => void form.handleSubmit((input) => setConfirming(input))()}
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
          <p id={`confirm-${template.kind}`}>{t("admin.checklists.confirmSave", { name: localized(template) })}</p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              onClick={() => void confirmSave(confirming)}
              disabled={save.isPending}
              className="rounded bg-indigo-600 px-3 py-1 font-medium text-white"
            >
              {t("admin.users.confirm")}
            </button>
            <button
              type="button"
              onClick={() => setConfirming(null)}
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
