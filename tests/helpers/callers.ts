// Calls procedures the way the HTTP layer would, minus HTTP: one caller per signed-in user.
import type { SessionUser } from "../../server/context.ts";
import { createContextInner } from "../../server/context.ts";
import type { Db } from "../../server/db/create-database.ts";
import { appRouter } from "../../server/routers/_app.ts";
import { createCallerFactory } from "../../server/trpc.ts";

const createCaller = createCallerFactory(appRouter);

export function callerFor(db: Db, user: SessionUser | null, options: { hasCsrfHeader?: boolean } = {}) {
  return createCaller(createContextInner({ db, user, hasCsrfHeader: options.hasCsrfHeader }));
}
