import { ZCreateUserInput, ZSetUserActiveInput, ZUpdateUserInput, ZUserIdInput } from "../../shared/schemas/users.ts";
import { actorOf } from "../context.ts";
import { createUserWithTemporaryPassword } from "../services/users/create-user.ts";
import { listUsers } from "../services/users/list-users.ts";
import { updateUser } from "../services/users/update-user.ts";
import { resetPassword, setUserActive } from "../services/users/user-access.ts";
import { requirePermission, router } from "../trpc.ts";

const administer = requirePermission("admin.manage");

export const usersRouter = router({
  list: administer.query(({ ctx }) => listUsers(ctx.db)),
  create: administer
    .input(ZCreateUserInput)
    .mutation(({ ctx, input }) => createUserWithTemporaryPassword(ctx.db, actorOf(ctx), input)),
  update: administer.input(ZUpdateUserInput).mutation(({ ctx, input }) => updateUser(ctx.db, actorOf(ctx), input)),
  setActive: administer
    .input(ZSetUserActiveInput)
    .mutation(({ ctx, input }) => setUserActive(ctx.db, actorOf(ctx), input)),
  resetPassword: administer
    .input(ZUserIdInput)
    .mutation(({ ctx, input }) => resetPassword(ctx.db, actorOf(ctx), input.userId)),
});
