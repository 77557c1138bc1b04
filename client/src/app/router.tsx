import { createRootRoute, createRoute, createRouter, Outlet, redirect } from "@tanstack/react-router";
import { SignInPage } from "../features/auth/sign-in-page.tsx";
import { CentersPage } from "../features/centers/centers-page.tsx";
import { AppLayout } from "./app-layout.tsx";

const rootRoute = createRootRoute({ component: Outlet });

const signInRoute = createRoute({ getParentRoute: () => rootRoute, path: "/sign-in", component: SignInPage });

/** Every screen behind sign-in hangs off this layout, which sends signed-out visitors to /sign-in. */
const appRoute = createRoute({ getParentRoute: () => rootRoute, id: "app", component: AppLayout });

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/",
  beforeLoad: () => {
    // TanStack Router redirects by throwing its redirect object.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw redirect({ to: "/centers" });
  },
});

const centersRoute = createRoute({ getParentRoute: () => appRoute, path: "/centers", component: CentersPage });

const routeTree = rootRoute.addChildren([signInRoute, appRoute.addChildren([indexRoute, centersRoute])]);

export const router = createRouter({ routeTree });

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
