import { router } from "../trpc.ts";
import { auditLogRouter } from "./audit-log.router.ts";
import { callbacksRouter } from "./callbacks.router.ts";
import { checklistsRouter } from "./checklists.router.ts";
import { complaintsRouter } from "./complaints.router.ts";
import { inboxRouter } from "./inbox.router.ts";
import { penaltiesRouter } from "./penalties.router.ts";
import { centersRouter } from "./centers.router.ts";
import { correctiveActionsRouter } from "./corrective-actions.router.ts";
import { periodsRouter } from "./periods.router.ts";
import { policyRouter } from "./policy.router.ts";
import { reportsRouter } from "./reports.router.ts";
import { revocationsRouter } from "./revocations.router.ts";
import { scorecardsRouter } from "./scorecards.router.ts";
import { sessionRouter } from "./session.router.ts";
import { usersRouter } from "./users.router.ts";

export const appRouter = router({
  session: sessionRouter,
  centers: centersRouter,
  callbacks: callbacksRouter,
  reports: reportsRouter,
  scorecards: scorecardsRouter,
  periods: periodsRouter,
  revocations: revocationsRouter,
  correctiveActions: correctiveActionsRouter,
  policy: policyRouter,
  users: usersRouter,
  checklists: checklistsRouter,
  auditLog: auditLogRouter,
  complaints: complaintsRouter,
  penalties: penaltiesRouter,
  inbox: inboxRouter,
});

export type AppRouter = typeof appRouter;
