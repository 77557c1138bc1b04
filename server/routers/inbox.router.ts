import { ZListInboxInput, ZMarkReadInput } from "../../shared/schemas/notifications.ts";
import { actingUser } from "../context.ts";
import { countUnread, listInbox, markRead } from "../services/notifications/inbox.ts";
import { requirePermission, router } from "../trpc.ts";

const inbox = requirePermission("inbox.read");

export const inboxRouter = router({
  list: inbox.input(ZListInboxInput).query(({ ctx, input }) => listInbox(ctx.db, ctx.user, input)),
  unreadCount: inbox.query(({ ctx }) => countUnread(ctx.db, ctx.user)),
  markRead: inbox.input(ZMarkReadInput).mutation(({ ctx, input }) => markRead(ctx.db, actingUser(ctx), input)),
});
