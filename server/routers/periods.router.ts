import { ZClosePeriodInput, ZReopenPeriodInput, ZSetFirstPeriodInput } from "../../shared/schemas/periods.ts";
import { actorOf } from "../context.ts";
import { closePeriod } from "../services/periods/close-period.ts";
import { listPeriods } from "../services/periods/list-periods.ts";
import { previewClose } from "../services/periods/preview-close.ts";
import { reopenPeriod } from "../services/periods/reopen-period.ts";
import { setFirstPeriod } from "../services/periods/set-first-period.ts";
import { authedProcedure, requirePermission, router } from "../trpc.ts";

const closePeriods = requirePermission("periods.close");

export const periodsRouter = router({
  /** Every signed-in user may see which periods are closed (forms need it to refuse closed periods early). */
  list: authedProcedure.query(({ ctx }) => listPeriods(ctx.db)),
  previewClose: closePeriods.input(ZClosePeriodInput).query(({ ctx, input }) => previewClose(ctx.db, input)),
  close: closePeriods.input(ZClosePeriodInput).mutation(({ ctx, input }) => closePeriod(ctx.db, actorOf(ctx), input)),
  reopen: closePeriods
    .input(ZReopenPeriodInput)
    .mutation(({ ctx, input }) => reopenPeriod(ctx.db, actorOf(ctx), input)),
  setFirstPeriod: closePeriods
    .input(ZSetFirstPeriodInput)
    .mutation(({ ctx, input }) => setFirstPeriod(ctx.db, actorOf(ctx), input)),
});
