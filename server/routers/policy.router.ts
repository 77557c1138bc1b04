import { ZCreatePolicyVersionInput, ZSimulatePolicyInput } from "../../shared/schemas/policy.ts";
import { actorOf } from "../context.ts";
import { createPolicyVersion } from "../services/policy/create-policy-version.ts";
import { listPolicyVersions } from "../services/policy/list-policy-versions.ts";
import { currentPolicyVersion } from "../services/policy/policy-record.ts";
import { simulatePolicy } from "../services/policy/simulate-policy.ts";
import { authedProcedure, requirePermission, router } from "../trpc.ts";

const managePolicy = requirePermission("policy.manage");

export const policyRouter = router({
  /** Everyone who sees a score may see the rules it follows. */
  current: authedProcedure.query(({ ctx }) => currentPolicyVersion(ctx.db)),
  versions: managePolicy.query(({ ctx }) => listPolicyVersions(ctx.db)),
  simulate: managePolicy.input(ZSimulatePolicyInput).query(({ ctx, input }) => simulatePolicy(ctx.db, input)),
  createVersion: managePolicy
    .input(ZCreatePolicyVersionInput)
    .mutation(({ ctx, input }) => createPolicyVersion(ctx.db, actorOf(ctx), input)),
});
