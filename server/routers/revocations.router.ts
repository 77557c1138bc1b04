import {
  ZDecideRevocationInput,
  ZIssueRevocationInput,
  ZListEscalationsInput,
  ZListRevocationsInput,
  ZResolveEscalationInput,
} from "../../shared/schemas/revocations.ts";
import { actorOf } from "../context.ts";
import { dismissRevocation, issueRevocation, reverseRevocation } from "../services/revocations/decide-revocation.ts";
import { listEscalations } from "../services/revocations/list-escalations.ts";
import { listRevocations } from "../services/revocations/list-revocations.ts";
import { resolveEscalation } from "../services/revocations/resolve-escalation.ts";
import { requirePermission, router } from "../trpc.ts";

const decide = requirePermission("revocations.decide");

export const revocationsRouter = router({
  list: decide.input(ZListRevocationsInput).query(({ ctx, input }) => listRevocations(ctx.db, input)),
  issue: decide.input(ZIssueRevocationInput).mutation(({ ctx, input }) => issueRevocation(ctx.db, actorOf(ctx), input)),
  dismiss: decide
    .input(ZDecideRevocationInput)
    .mutation(({ ctx, input }) => dismissRevocation(ctx.db, actorOf(ctx), input)),
  reverse: decide
    .input(ZDecideRevocationInput)
    .mutation(({ ctx, input }) => reverseRevocation(ctx.db, actorOf(ctx), input)),
  escalations: decide.input(ZListEscalationsInput).query(({ ctx, input }) => listEscalations(ctx.db, input)),
  resolveEscalation: decide
    .input(ZResolveEscalationInput)
    .mutation(({ ctx, input }) => resolveEscalation(ctx.db, actorOf(ctx), input)),
});
