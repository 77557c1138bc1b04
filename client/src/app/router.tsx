import { createRootRoute, createRoute, createRouter, lazyRouteComponent, Outlet } from "@tanstack/react-router";
import { ChecklistsPage } from "../features/admin/checklists-page.tsx";
import { UsersPage } from "../features/admin/users-page.tsx";
import { AuditLogPage } from "../features/audit-log/audit-log-page.tsx";
import { SignInPage } from "../features/auth/sign-in-page.tsx";
import { CallbackFormPage } from "../features/callbacks/callback-form-page.tsx";
import { CallbackImportPage } from "../features/callbacks/callback-import-page.tsx";
import { ComplaintImportPage } from "../features/complaints/complaint-import-page.tsx";
import { CentersPage } from "../features/centers/centers-page.tsx";
import { CorrectiveActionsPage } from "../features/corrective-actions/corrective-actions-page.tsx";
import { PeriodsPage } from "../features/periods/periods-page.tsx";
import { PolicyPage } from "../features/policy/policy-page.tsx";
import { RevocationsPage } from "../features/revocations/revocations-page.tsx";
import { ComplaintPage } from "../features/complaints/complaint-page.tsx";
import { DeskPage } from "../features/complaints/desk-page.tsx";
import { InboxPage } from "../features/inbox/inbox-page.tsx";
import { PenaltiesPage } from "../features/penalties/penalties-page.tsx";
import { ProposePenaltyPage, type ProposeSearch } from "../features/penalties/propose-penalty-page.tsx";
import { NewReportPage, ReportPage } from "../features/reports/report-form-page.tsx";
import { ReportsPage } from "../features/reports/reports-page.tsx";
import { REPORT_KINDS, type ReportKind } from "../../../shared/schemas/reports.ts";
import { AppLayout } from "./app-layout.tsx";
import { HomeRedirect } from "./home-redirect.tsx";

const rootRoute = createRootRoute({ component: Outlet });

const signInRoute = createRoute({ getParentRoute: () => rootRoute, path: "/sign-in", component: SignInPage });

/** Every screen behind sign-in hangs off this layout, which sends signed-out visitors to /sign-in. */
const appRoute = createRoute({ getParentRoute: () => rootRoute, id: "app", component: AppLayout });

/** Managers and headquarters land on the scorecard; auditors on their centers. */
const indexRoute = createRoute({ getParentRoute: () => appRoute, path: "/", component: HomeRedirect });

const centersRoute = createRoute({ getParentRoute: () => appRoute, path: "/centers", component: CentersPage });

const centerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/centers/$centerId",
  component: lazyRouteComponent(() => import("../features/centers/center-page.tsx"), "CenterRoutePage"),
});

// The scorecard brings the charts library: loaded when first opened, not with the sign-in page.
const scorecardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/scorecard",
  component: lazyRouteComponent(() => import("../features/scorecard/scorecard-page.tsx"), "ScorecardPage"),
});

const correctiveActionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/corrective-actions",
  component: CorrectiveActionsPage,
});

const periodsRoute = createRoute({ getParentRoute: () => appRoute, path: "/periods", component: PeriodsPage });
const policyRoute = createRoute({ getParentRoute: () => appRoute, path: "/policy", component: PolicyPage });
const revocationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/revocations",
  component: RevocationsPage,
});

const deskRoute = createRoute({ getParentRoute: () => appRoute, path: "/complaints", component: DeskPage });
// The desk's dashboard brings the charts library: loaded when first opened.
const deskDashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/complaints/dashboard",
  component: lazyRouteComponent(() => import("../features/complaints/desk-dashboard-page.tsx"), "DeskDashboardPage"),
});
const complaintImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/complaints/import",
  component: ComplaintImportPage,
});
const complaintRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/complaints/$complaintId",
  component: function ComplaintRoute() {
    const { complaintId } = complaintRoute.useParams();
    return <ComplaintPage key={complaintId} complaintId={Number(complaintId)} />;
  },
});
const penaltiesRoute = createRoute({ getParentRoute: () => appRoute, path: "/penalties", component: PenaltiesPage });
/** A positive whole number from the address, or nothing (a hand-edited address is not trusted). */
const idParam = (value: unknown) => {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? id : undefined;
};
const proposePenaltyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/penalties/propose",
  validateSearch: (search: Record<string, unknown>): ProposeSearch => ({
    centerId: idParam(search.centerId),
    complaintId: idParam(search.complaintId),
    reportId: idParam(search.reportId),
  }),
  component: function ProposePenaltyRoute() {
    return <ProposePenaltyPage search={proposePenaltyRoute.useSearch()} />;
  },
});
const inboxRoute = createRoute({ getParentRoute: () => appRoute, path: "/inbox", component: InboxPage });

const usersRoute = createRoute({ getParentRoute: () => appRoute, path: "/admin/users", component: UsersPage });
const checklistsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/admin/checklists",
  component: ChecklistsPage,
});
const auditLogRoute = createRoute({ getParentRoute: () => appRoute, path: "/audit-log", component: AuditLogPage });

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
const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/callbacks/import",
  component: CallbackImportPage,
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  appRoute.addChildren([
    indexRoute,
    centersRoute,
    centerRoute,
    scorecardRoute,
    correctiveActionsRoute,
    periodsRoute,
    revocationsRoute,
    deskRoute,
    deskDashboardRoute,
    complaintImportRoute,
    complaintRoute,
    penaltiesRoute,
    proposePenaltyRoute,
    inboxRoute,
    policyRoute,
    usersRoute,
    checklistsRoute,
    auditLogRoute,
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

declare module "@tanstack/history" {
  interface HistoryState {
    /** What the last save of a report did: it outlives the form, which a new revision remounts. */
    reportNotice?: string;
  }
}
