// Editing a checklist writes a new version of its template. Reports already filled in keep the
// version they were filled in with (their answers point at that version's items); new drafts get this one.
import type { TCreateChecklistVersionInput } from "../../../shared/schemas/checklists.ts";
import type { Db } from "../../db/create-database.ts";
import { refusingUniqueViolation } from "../../db/unique-violation.ts";
import { type Actor, auditActor, recordAudit } from "../audit/record-audit.ts";
import { domainError, fieldError, notFound } from "../../errors.ts";

type ItemFields = TCreateChecklistVersionInput["items"][number];

export async function createChecklistVersion(
  db: Db,
  actor: Actor,
  input: TCreateChecklistVersionInput,
): Promise<{ id: number; version: number }> {
  // Two editors saving at the same moment both compute the same next version: one wins.
  return refusingUniqueViolation(
    () => insertChecklistVersion(db, actor, input),
    async () => {},
    () => {
      return fieldError("CONFLICT", "items", "checklist.savedConcurrently");
    },
  );
}

async function insertChecklistVersion(
  db: Db,
  actor: Actor,
  input: TCreateChecklistVersionInput,
): Promise<{ id: number; version: number }> {
  return db.$transaction(async (tx) => {
    const template = await tx.checklistTemplate.findUnique({
      where: { kind: input.kind },
      select: {
        id: true,
        versions: {
          select: {
            version: true,
            items: {
              select: { code: true, labelZh: true, labelEn: true, weight: true, critical: true },
              orderBy: { position: "asc" },
            },
          },
          orderBy: { version: "desc" },
          take: 1,
        },
      },
    });
    if (!template) throw notFound("notFound.checklistTemplate");
    const previous = template.versions[0];
    if (previous && sameItems(previous.items, input.items)) throw domainError("CONFLICT", "checklist.unchanged");
    const version = (previous?.version ?? 0) + 1;
    const created = await tx.checklistTemplateVersion.create({
      data: {
        templateId: template.id,
        version,
        items: { create: input.items.map((item, index) => ({ ...item, position: index + 1 })) },
      },
      select: { id: true, version: true },
    });
    await recordAudit(tx, {
      ...auditActor(actor),
      action: "CHECKLIST_VERSION_CREATED",
      entityType: "checklist_template",
      entityId: template.id,
      before: previous ? { version: previous.version, items: previous.items } : null,
      after: { version, items: input.items },
    });
    return created;
  });
}

function sameItems(a: readonly ItemFields[], b: readonly ItemFields[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (item, i) =>
        item.code === b[i]?.code &&
        item.labelZh === b[i].labelZh &&
        item.labelEn === b[i].labelEn &&
        item.weight === b[i].weight &&
        item.critical === b[i].critical,
    )
  );
}
