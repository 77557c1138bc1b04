import { deskEn } from "./desk.en.ts";
import { adminEn } from "./admin.en.ts";
import { hqEn } from "./hq.en.ts";
import { dashboardEn } from "./dashboard.en.ts";
import { recordsEn } from "./records.en.ts";

export const en = {
  ...recordsEn,
  ...dashboardEn,
  ...hqEn,
  ...adminEn,
  ...deskEn,
  app: { title: "Franchise audit", subtitle: "Service network quality" },
  nav: {
    centers: "Centers",
    myReports: "My reports",
    scorecard: "Scorecard",
    correctiveActions: "Corrective actions",
    periods: "Periods",
    revocations: "Revocations",
    policy: "Scoring policy",
    admin: "Administration",
    auditLog: "Audit log",
    reports: "Reports",
    callbackEntry: "Enter callback",
    callbackImport: "Import callbacks",
    complaints: "Complaints desk",
    deskDashboard: "Desk adherence",
    complaintImport: "Import complaints",
    penalties: "Penalty ledger",
    main: "Main navigation",
    openMenu: "Menu",
    closeMenu: "Close menu",
  },
  role: {
    AUDITOR: "Auditor",
    REGIONAL_MANAGER: "Regional manager",
    HQ_ADMIN: "Headquarters",
    COMPLAINT_HANDLER: "Complaints desk",
  },
  signIn: {
    title: "Sign in",
    email: "Email",
    password: "Password",
    submit: "Sign in",
    submitting: "Signing in…",
  },
  signOut: "Sign out",
  language: "Language",
  cancel: "Cancel",
  loading: "Loading…",
  loadFailed: "Could not load this: {{message}}",
  centers: {
    title: "Service centers",
    count: "{{count, number}} centers",
    search: "Search name, code or city",
    allRegions: "All regions",
    allKinds: "All kinds",
    empty: "No center matches these filters. Clear the search or pick another region.",
    col: {
      code: "Code",
      name: "Name",
      kind: "Kind",
      region: "Region",
      city: "City",
      tier: "Tier",
      partner: "Partner",
      status: "Status",
      streak: "Failure streak",
    },
    tier: "Tier {{tier}}",
  },
  kind: { DIRECT: "Direct", AUTHORIZED: "Authorized" },
  status: {
    ACTIVE: "Active",
    CORRECTIVE_ACTION: "Corrective action",
    PENDING_REVOCATION: "Pending revocation",
    REVOKED: "Revoked",
  },
  sort: { ascending: "sorted ascending", descending: "sorted descending" },
} as const;

export type Messages = typeof en;
