import {
  ZDecideRevocationInput,
  ZDecideRevocationRequestInput,
  ZRequestRevocationInput,
  ZListEscalationsInput,
  ZListRevocationsInput,
  ZResolveEscalationInput,
} from "../../shared/schemas/revocations.ts";
import { actorOf } from "../context.ts";
import {
  decideRevocationRequest,
  dismissRevocation,
  requestRevocation,
  reverseRevocation,
} from "../services/revocations/decide-revocation.ts";
import { listEscalations } from "../services/revocations/list-escalations.ts";
import { listRevocations } from "../services/revocations/list-revocations.ts";
import { resolveEscalation } from "../services/revocations/resolve-escalation.ts";
import { requirePermission, router } from "../trpc.ts";

const decide = requirePermission("revocations.decide");

export const revocationsRouter = router({
  list: decide.input(ZListRevocationsInput).query(({ ctx, input }) => listRevocations(ctx.db, input)),
  // Issuing takes two headquarters admins: one requests, another approves or rejects.
  requestIssue: decide
    .input(ZRequestRevocationInput)
    .mutation(({ ctx, input }) => requestRevocation(ctx.db, actorOf(ctx), input)),
  decideRequest: decide
    .input(ZDecideRevocationRequestInput)
    .mutation(({ ctx, input }) => decideRevocationRequest(ctx.db, actorOf(ctx), input)),
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
