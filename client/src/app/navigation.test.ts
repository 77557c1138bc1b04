import { describe, expect, it } from "vitest";
import { navigationFor } from "./navigation.ts";

describe("navigation by role", () => {
  it("gives each role the screens its permissions allow", () => {
    expect(navigationFor("AUDITOR").map((i) => i.key)).toEqual(["centers", "myReports"]);
    expect(navigationFor("REGIONAL_MANAGER").map((i) => i.key)).toEqual(["centers", "scorecard", "correctiveActions"]);
    expect(navigationFor("HQ_ADMIN").map((i) => i.key)).toEqual([
      "centers",
      "scorecard",
      "correctiveActions",
      "periods",
      "revocations",
      "policy",
      "admin",
      "auditLog",
    ]);
  });
});
