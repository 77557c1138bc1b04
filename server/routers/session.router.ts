import { ZChangePasswordInput } from "../../shared/schemas/users.ts";
import { actingUser } from "../context.ts";
import { listRegions } from "../services/scope/list-regions.ts";
import { changePassword } from "../services/users/change-password.ts";
import { authedProcedure, publicProcedure, router } from "../trpc.ts";

export const sessionRouter = router({
  /** The signed-in user, or null: the client decides between the sign-in page and the app. */
  me: publicProcedure.query(({ ctx }) => ctx.user),
  /** The regions the user may see, for filters and labels. */
  regions: authedProcedure.query(({ ctx }) => listRegions(ctx.db, ctx.user)),
  /** Allowed with a temporary password: it is how the user replaces it. */
  changePassword: authedProcedure
    .input(ZChangePasswordInput)
    .mutation(({ ctx, input }) => changePassword(ctx.db, actingUser(ctx), input)),
});
