// The checklist templates with their versions: the current one in full, older ones summarised with
// how many reports were filled in with them.
import type { Db } from "../../db/create-database.ts";
import { checklistVersionSelect } from "../reports/get-checklist.ts";

export async function listChecklistTemplates(db: Db) {
  const templates = await db.checklistTemplate.findMany({
    select: {
      id: true,
      kind: true,
      nameZh: true,
      nameEn: true,
      versions: {
        select: { id: true, version: true, createdAt: true, _count: { select: { items: true, reports: true } } },
        orderBy: { version: "desc" },
      },
    },
    orderBy: { kind: "asc" },
  });
  const currentIds = templates.flatMap((t) => (t.versions[0] ? [t.versions[0].id] : []));
  const current = await db.checklistTemplateVersion.findMany({
    where: { id: { in: currentIds } },
    select: checklistVersionSelect,
  });
  return templates.map((template) => ({
    ...template,
    versions: template.versions.map(({ _count, ...v }) => ({
      ...v,
      itemCount: _count.items,
      reportCount: _count.reports,
    })),
    current: current.find((c) => c.id === template.versions[0]?.id) ?? null,
  }));
}
