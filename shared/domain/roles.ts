// Who may do what. The server's role middleware and the client's navigation both read this table,
// so a screen is shown exactly when its procedures would be allowed.

export const ROLES = ["AUDITOR", "REGIONAL_MANAGER", "HQ_ADMIN", "COMPLAINT_HANDLER"] as const;
export type Role = (typeof ROLES)[number];

/** Capabilities, named after what a person does. Extend as areas are built. */
export const PERMISSIONS = {
  // The desk looks centers up to record a complaint against the right one.
  "centers.read": ["AUDITOR", "REGIONAL_MANAGER", "HQ_ADMIN", "COMPLAINT_HANDLER"],
  "reports.write": ["AUDITOR"],
  "callbacks.record": ["AUDITOR", "REGIONAL_MANAGER", "HQ_ADMIN"],
  "reports.review": ["REGIONAL_MANAGER", "HQ_ADMIN"],
  "callbacks.import": ["REGIONAL_MANAGER", "HQ_ADMIN"],
  "scorecards.read": ["REGIONAL_MANAGER", "HQ_ADMIN"],
  "correctiveActions.manage": ["REGIONAL_MANAGER", "HQ_ADMIN"],
  "periods.close": ["HQ_ADMIN"],
  "revocations.decide": ["HQ_ADMIN"],
  "policy.manage": ["HQ_ADMIN"],
  "admin.manage": ["HQ_ADMIN"],
  "audit.read": ["HQ_ADMIN"],
  // The complaints desk (DOMAIN-2.md): handlers work it, headquarters oversees it; managers read
  // their regions' complaints (the customer's phone always masked).
  "complaints.read": ["COMPLAINT_HANDLER", "REGIONAL_MANAGER", "HQ_ADMIN"],
  "complaints.handle": ["COMPLAINT_HANDLER", "HQ_ADMIN"],
  "complaints.import": ["COMPLAINT_HANDLER", "HQ_ADMIN"],
  "complaints.dashboard": ["COMPLAINT_HANDLER", "HQ_ADMIN"],
  // Penalties: a handler or a regional manager proposes, headquarters decides (never its own proposal).
  "penalties.propose": ["COMPLAINT_HANDLER", "REGIONAL_MANAGER", "HQ_ADMIN"],
  "penalties.read": ["COMPLAINT_HANDLER", "REGIONAL_MANAGER", "HQ_ADMIN"],
  "penalties.decide": ["HQ_ADMIN"],
  "inbox.read": ["AUDITOR", "REGIONAL_MANAGER", "HQ_ADMIN", "COMPLAINT_HANDLER"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** The roles that hold a permission, for the message of a refused request. */
export function rolesFor(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission];
}

/**
 * Headquarters and the complaints desk see every region (a customer may complain about any center);
 * everyone else sees only the regions assigned to them.
 */
export function hasNetworkScope(role: Role): boolean {
  return role === "HQ_ADMIN" || role === "COMPLAINT_HANDLER";
}
