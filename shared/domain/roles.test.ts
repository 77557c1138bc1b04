import { describe, expect, it } from "vitest";
import { can, hasNetworkScope, PERMISSIONS, rolesFor } from "./roles.ts";

describe("role table (DOMAIN.md, Users and what each may do)", () => {
  it("lets only headquarters close periods, decide revocations, change policy and read the audit log", () => {
    for (const permission of [
      "periods.close",
      "revocations.decide",
      "policy.manage",
      "admin.manage",
      "audit.read",
    ] as const) {
      expect(rolesFor(permission)).toEqual(["HQ_ADMIN"]);
    }
  });

  it("lets managers (and HQ) review, import callbacks and manage corrective actions; auditors not", () => {
    for (const permission of [
      "reports.review",
      "callbacks.import",
      "scorecards.read",
      "correctiveActions.manage",
    ] as const) {
      expect(can("REGIONAL_MANAGER", permission)).toBe(true);
      expect(can("HQ_ADMIN", permission)).toBe(true);
      expect(can("AUDITOR", permission)).toBe(false);
    }
  });

  it("lets the complaints desk work complaints and propose penalties, never decide them", () => {
    expect(can("COMPLAINT_HANDLER", "complaints.handle")).toBe(true);
    expect(can("COMPLAINT_HANDLER", "complaints.import")).toBe(true);
    expect(can("HQ_ADMIN", "complaints.import")).toBe(true);
    expect(can("REGIONAL_MANAGER", "complaints.import")).toBe(false);
    expect(can("COMPLAINT_HANDLER", "penalties.propose")).toBe(true);
    expect(can("COMPLAINT_HANDLER", "penalties.decide")).toBe(false);
    expect(can("REGIONAL_MANAGER", "complaints.read")).toBe(true);
    expect(can("REGIONAL_MANAGER", "complaints.handle")).toBe(false);
    expect(rolesFor("penalties.decide")).toEqual(["HQ_ADMIN"]);
  });

  it("lets every role see centers, and only auditors write reports", () => {
    expect(PERMISSIONS["centers.read"]).toEqual(["AUDITOR", "REGIONAL_MANAGER", "HQ_ADMIN", "COMPLAINT_HANDLER"]);
    expect(PERMISSIONS["reports.write"]).toEqual(["AUDITOR"]);
  });

  it("gives network-wide scope to headquarters and the complaints desk only", () => {
    expect([
      hasNetworkScope("HQ_ADMIN"),
      hasNetworkScope("COMPLAINT_HANDLER"),
      hasNetworkScope("REGIONAL_MANAGER"),
      hasNetworkScope("AUDITOR"),
    ]).toEqual([true, true, false, false]);
  });
});
