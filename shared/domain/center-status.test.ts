import { describe, expect, it } from "vitest";
import { centerStatus } from "./center-status.ts";

describe("center status is a consequence (DOMAIN.md)", () => {
  const none = { revocationInForce: false, pendingRevocationProposal: false, unresolvedCorrectiveActions: 0 };

  it("is ACTIVE with nothing pending", () => expect(centerStatus(none)).toBe("ACTIVE"));
  it("is CORRECTIVE_ACTION with an unresolved action", () =>
    expect(centerStatus({ ...none, unresolvedCorrectiveActions: 1 })).toBe("CORRECTIVE_ACTION"));
  it("is PENDING_REVOCATION over corrective actions", () =>
    expect(centerStatus({ ...none, pendingRevocationProposal: true, unresolvedCorrectiveActions: 2 })).toBe(
      "PENDING_REVOCATION",
    ));
  it("is REVOKED over everything", () =>
    expect(
      centerStatus({ revocationInForce: true, pendingRevocationProposal: true, unresolvedCorrectiveActions: 1 }),
    ).toBe("REVOKED"));
});
