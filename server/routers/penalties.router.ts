import {
  ZDecidePenaltyInput,
  ZListPenaltiesInput,
  ZPenaltyLedgerCsvInput,
  ZProposePenaltyInput,
  ZSettlePenaltyInput,
} from "../../shared/schemas/penalties.ts";
import { actingUser } from "../context.ts";
import { decidePenalty, settlePenalty } from "../services/penalties/decide-penalty.ts";
import { listPenalties } from "../services/penalties/list-penalties.ts";
import { penaltyLedgerCsv } from "../services/penalties/penalty-ledger-csv.ts";
import { proposePenalty } from "../services/penalties/propose-penalty.ts";
import { requirePermission, router } from "../trpc.ts";

const read = requirePermission("penalties.read");
const decide = requirePermission("penalties.decide");

export const penaltiesRouter = router({
  list: read.input(ZListPenaltiesInput).query(({ ctx, input }) => listPenalties(ctx.db, ctx.user, input)),
  ledgerCsv: read.input(ZPenaltyLedgerCsvInput).query(({ ctx, input }) => penaltyLedgerCsv(ctx.db, ctx.user, input)),
  propose: requirePermission("penalties.propose")
    .input(ZProposePenaltyInput)
    .mutation(({ ctx, input }) => proposePenalty(ctx.db, actingUser(ctx), input)),
  decide: decide.input(ZDecidePenaltyInput).mutation(({ ctx, input }) => decidePenalty(ctx.db, actingUser(ctx), input)),
  settle: decide.input(ZSettlePenaltyInput).mutation(({ ctx, input }) => settlePenalty(ctx.db, actingUser(ctx), input)),
});
