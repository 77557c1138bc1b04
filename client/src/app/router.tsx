import { createRootRoute, createRoute, createRouter, Outlet, redirect } from "@tanstack/react-router";
import { SignInPage } from "../features/auth/sign-in-page.tsx";
import { CallbackFormPage } from "../features/callbacks/callback-form-page.tsx";
import { ImportPage } from "../features/callbacks/import-page.tsx";
import { CentersPage } from "../features/centers/centers-page.tsx";
import { NewReportPage, ReportPage } from "../features/reports/report-form-page.tsx";
import { ReportsPage } from "../features/reports/reports-page.tsx";
import { REPORT_KINDS, type ReportKind } from "../../../shared/schemas/reports.ts";
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

const reportsRoute = createRoute({ getParentRoute: () => appRoute, path: "/reports", component: ReportsPage });

const newReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/reports/new/$kind",
  params: {
    parse: ({ kind }) => ({
      kind: (REPORT_KINDS as readonly string[]).includes(kind) ? (kind as ReportKind) : "VISIT",
    }),
    stringify: ({ kind }) => ({ kind }),
  },
  component: function NewReportRoute() {
    const { kind } = newReportRoute.useParams();
    return <NewReportPage key={kind} kind={kind} />;
  },
});

const reportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/reports/$reportId",
  component: function ReportRoute() {
    const { reportId } = reportRoute.useParams();
    return <ReportPage reportId={Number(reportId)} />;
  },
});

const callbackRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/callbacks/new",
  component: CallbackFormPage,
});
const importRoute = createRoute({ getParentRoute: () => appRoute, path: "/callbacks/import", component: ImportPage });

const routeTree = rootRoute.addChildren([
  signInRoute,
  appRoute.addChildren([
    indexRoute,
    centersRoute,
    reportsRoute,
    newReportRoute,
    reportRoute,
    callbackRoute,
    importRoute,
  ]),
]);

export const router = createRouter({ routeTree });

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
