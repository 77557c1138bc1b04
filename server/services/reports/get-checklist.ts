// The checklist an auditor fills in: the current version of a template, items in order.
import type { ReportKind } from "../../../shared/schemas/reports.ts";
import type { DbReader } from "../../db/create-database.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { domainError } from "../../errors.ts";

export const checklistVersionSelect = {
  id: true,
  version: true,
  template: { select: { kind: true, nameZh: true, nameEn: true } },
  items: {
    select: { id: true, code: true, position: true, labelZh: true, labelEn: true, weight: true, critical: true },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.ChecklistTemplateVersionSelect;

export type ChecklistVersion = Prisma.ChecklistTemplateVersionGetPayload<{ select: typeof checklistVersionSelect }>;

export async function getCurrentChecklist(db: DbReader, kind: ReportKind): Promise<ChecklistVersion> {
  const version = await db.checklistTemplateVersion.findFirst({
    where: { template: { kind } },
    select: checklistVersionSelect,
    orderBy: { version: "desc" },
  });
  if (!version)
    throw domainError("CONFLICT", kind === "VISIT" ? "checklist.noVisitChecklist" : "checklist.noSpotCheckChecklist");
  return version;
}
