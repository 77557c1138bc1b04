import { describe, expect, it } from "vitest";
import { navigationFor } from "./navigation.ts";

describe("navigation by role", () => {
  it("gives each role the screens its permissions allow", () => {
    expect(navigationFor("AUDITOR").map((i) => i.key)).toEqual(["centers", "myReports", "callbackEntry"]);
    expect(navigationFor("REGIONAL_MANAGER").map((i) => i.key)).toEqual([
      "centers",
      "reports",
      "callbackEntry",
      "callbackImport",
      "scorecard",
      "correctiveActions",
      "complaints",
      "penalties",
    ]);
    expect(navigationFor("HQ_ADMIN").map((i) => i.key)).toEqual([
      "centers",
      "reports",
      "callbackEntry",
      "callbackImport",
      "scorecard",
      "correctiveActions",
      "complaints",
      "deskDashboard",
      "complaintImport",
      "penalties",
      "periods",
      "revocations",
      "policy",
      "admin",
      "auditLog",
    ]);
    expect(navigationFor("COMPLAINT_HANDLER").map((i) => i.key)).toEqual([
      "centers",
      "complaints",
      "deskDashboard",
      "complaintImport",
      "penalties",
    ]);
  });
});
