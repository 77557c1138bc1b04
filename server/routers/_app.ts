import { router } from "../trpc.ts";
import { centersRouter } from "./centers.router.ts";
import { sessionRouter } from "./session.router.ts";

export const appRouter = router({
  session: sessionRouter,
  centers: centersRouter,
});

export type AppRouter = typeof appRouter;
