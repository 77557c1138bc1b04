// Center status is a consequence, never typed in (DOMAIN.md, Consequences at period close).

export const CENTER_STATUSES = ["ACTIVE", "CORRECTIVE_ACTION", "PENDING_REVOCATION", "REVOKED"] as const;
export type CenterStatus = (typeof CENTER_STATUSES)[number];

export interface CenterStatusFacts {
  revocationInForce: boolean;
  pendingRevocationProposal: boolean;
  /** Open, submitted or overdue corrective actions (anything not yet verified). */
  unresolvedCorrectiveActions: number;
}

export function centerStatus(facts: CenterStatusFacts): CenterStatus {
  if (facts.revocationInForce) return "REVOKED";
  if (facts.pendingRevocationProposal) return "PENDING_REVOCATION";
  if (facts.unresolvedCorrectiveActions > 0) return "CORRECTIVE_ACTION";
  return "ACTIVE";
}
