// The navigation, derived from the shared permission table: a role sees what it may use.
import { can, type Permission, type Role } from "../../../shared/domain/roles.ts";

export interface NavItem {
  key: string;
  /** Where the screen lives. */
  to: string;
  permission: Permission;
}

export const NAV_ITEMS: NavItem[] = [
  { key: "centers", to: "/centers", permission: "centers.read" },
  { key: "myReports", to: "/reports", permission: "reports.write" },
  { key: "reports", to: "/reports", permission: "reports.review" },
  { key: "callbackEntry", to: "/callbacks/new", permission: "callbacks.record" },
  { key: "callbackImport", to: "/callbacks/import", permission: "callbacks.import" },
  { key: "scorecard", to: "/scorecard", permission: "scorecards.read" },
  { key: "correctiveActions", to: "/corrective-actions", permission: "correctiveActions.manage" },
  { key: "complaints", to: "/complaints", permission: "complaints.read" },
  { key: "deskDashboard", to: "/complaints/dashboard", permission: "complaints.dashboard" },
  { key: "complaintImport", to: "/complaints/import", permission: "complaints.import" },
  { key: "penalties", to: "/penalties", permission: "penalties.read" },
  { key: "periods", to: "/periods", permission: "periods.close" },
  { key: "revocations", to: "/revocations", permission: "revocations.decide" },
  { key: "policy", to: "/policy", permission: "policy.manage" },
  { key: "admin", to: "/admin/users", permission: "admin.manage" },
  { key: "auditLog", to: "/audit-log", permission: "audit.read" },
];

export function navigationFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.permission));
}
