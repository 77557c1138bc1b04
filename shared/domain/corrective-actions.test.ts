import { describe, expect, it } from "vitest";
import { correctiveActionDisplayStatus, correctiveActionDueAt } from "./corrective-actions.ts";

describe("corrective action status (DOMAIN.md, Corrective actions: past its due date shows OVERDUE)", () => {
  const due = new Date("2026-12-01T00:00:00Z");
  it("shows OPEN and SUBMITTED as OVERDUE once the due date has passed", () => {
    const after = new Date("2026-12-01T00:00:00.001Z");
    expect(correctiveActionDisplayStatus("OPEN", due, after)).toBe("OVERDUE");
    expect(correctiveActionDisplayStatus("SUBMITTED", due, after)).toBe("OVERDUE");
  });
  it("is not overdue at the due instant itself", () => {
    expect(correctiveActionDisplayStatus("OPEN", due, due)).toBe("OPEN");
  });
  it("never shows a verified or cancelled action as overdue", () => {
    const later = new Date("2027-06-01T00:00:00Z");
    expect(correctiveActionDisplayStatus("VERIFIED", due, later)).toBe("VERIFIED");
    expect(correctiveActionDisplayStatus("CANCELLED", due, later)).toBe("CANCELLED");
  });
});

describe("corrective action due date (DOMAIN.md: due correctiveDays after the close)", () => {
  it("is correctiveDays calendar days after the close in the policy's zone", () => {
    const closedAt = new Date("2026-11-02T01:30:00Z");
    expect(correctiveActionDueAt(closedAt, 30, "Asia/Shanghai").toISOString()).toBe("2026-12-02T01:30:00.000Z");
  });
  it("keeps the local time across a daylight-saving change", () => {
    const closedAt = new Date("2026-03-01T15:00:00Z"); // 10:00 in New York (EST)
    expect(correctiveActionDueAt(closedAt, 30, "America/New_York").toISOString()).toBe("2026-03-31T14:00:00.000Z");
  });
});
