// Checklist templates: each with its current version to edit and the versions so far.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../lib/trpc.ts";
import { formatInZone, useNetworkTimeZone } from "../../lib/zoned-time.ts";
import { AdminTabs } from "./admin-tabs.tsx";
import { ChecklistEditor } from "./checklist-editor.tsx";
import { Notice } from "../../components/ui/notice.tsx";
import { QueryState } from "../../components/ui/query-state.tsx";
import { useLocalizedName } from "../../lib/localized-name.ts";

export function ChecklistsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const templates = useQuery(trpc.checklists.templates.queryOptions());
  const timeZone = useNetworkTimeZone();
  const localized = useLocalizedName();
  // Kept here: saving remounts the template's editor (keyed by its version).
  const [saved, setSaved] = useState<{ kind: string; version: number } | null>(null);
  return (
    <section className="space-y-4">
      <AdminTabs />
      <QueryState query={templates} />
      {templates.data?.map((template) => (
        <article
          key={template.id}
          aria-labelledby={`template-${template.kind}`}
          className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id={`template-${template.kind}`} className="text-lg font-semibold">
            {localized(template)}
            {template.versions[0] && (
              <span className="ml-2 text-sm font-normal text-slate-600">
                {t("admin.checklists.current", { version: template.versions[0].version })}
              </span>
            )}
          </h2>
          {/* Keyed by the current version: after a save the editor starts again from what was saved. */}
          {saved?.kind === template.kind && (
            <Notice tone="success">{t("admin.checklists.savedVersion", { version: saved.version })}</Notice>
          )}
          <ChecklistEditor
            key={template.versions[0]?.version ?? 0}
            template={template}
            onSaved={(version) => setSaved({ kind: template.kind, version })}
          />
          <details className="text-sm">
            <summary className="cursor-pointer text-slate-600">{t("admin.checklists.versions")}</summary>
            <ul className="mt-1 space-y-0.5">
              {template.versions.map((v) => (
                <li key={v.id}>
                  {t("admin.checklists.versionLine", {
                    version: v.version,
                    date: formatInZone(v.createdAt, timeZone).slice(0, 10),
                    items: v.itemCount,
                    reports: v.reportCount,
                  })}
                </li>
              ))}
            </ul>
          </details>
        </article>
      ))}
    </section>
  );
}
