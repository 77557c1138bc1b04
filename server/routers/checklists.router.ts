import { ZCreateChecklistVersionInput } from "../../shared/schemas/checklists.ts";
import { actorOf } from "../context.ts";
import { createChecklistVersion } from "../services/checklists/create-checklist-version.ts";
import { listChecklistTemplates } from "../services/checklists/list-checklist-templates.ts";
import { requirePermission, router } from "../trpc.ts";

const administer = requirePermission("admin.manage");

export const checklistsRouter = router({
  templates: administer.query(({ ctx }) => listChecklistTemplates(ctx.db)),
  createVersion: administer
    .input(ZCreateChecklistVersionInput)
    .mutation(({ ctx, input }) => createChecklistVersion(ctx.db, actorOf(ctx), input)),
});
