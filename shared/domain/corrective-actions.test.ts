import { describe, expect, it } from "vitest";
import { correctiveActionDisplayStatus, correctiveActionDueAt, correctiveActionDueDate } from "./corrective-actions.ts";

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
  it("is the local date correctiveDays calendar days after the close, until its end, in the policy's zone", () => {
    const closedAt = new Date("2026-11-02T01:30:00Z"); // 09:30 on 2 November in Shanghai
    const dueAt = correctiveActionDueAt(closedAt, 30, "Asia/Shanghai");
    expect(dueAt.toISOString()).toBe("2026-12-02T15:59:59.999Z"); // 23:59:59.999 on 2 December
    expect(correctiveActionDueDate(dueAt, "Asia/Shanghai")).toBe("2026-12-02");
  });
  it("counts the close's local date, not its UTC date", () => {
    const closedAt = new Date("2026-11-01T17:00:00Z"); // already 2 November, 01:00 in Shanghai
    expect(correctiveActionDueDate(correctiveActionDueAt(closedAt, 30, "Asia/Shanghai"), "Asia/Shanghai")).toBe(
      "2026-12-02",
    );
  });
  it("ends with its local day across a daylight-saving change", () => {
    const closedAt = new Date("2026-03-01T15:00:00Z"); // 10:00 in New York (EST)
    const dueAt = correctiveActionDueAt(closedAt, 30, "America/New_York");
    expect(dueAt.toISOString()).toBe("2026-04-01T03:59:59.999Z"); // 23:59:59.999 EDT on 31 March
  });
});
