import { router } from "../trpc.ts";
import { centersRouter } from "./centers.router.ts";
import { periodsRouter } from "./periods.router.ts";
import { scorecardsRouter } from "./scorecards.router.ts";
import { sessionRouter } from "./session.router.ts";

export const appRouter = router({
  session: sessionRouter,
  centers: centersRouter,
  scorecards: scorecardsRouter,
  periods: periodsRouter,
});

export type AppRouter = typeof appRouter;
