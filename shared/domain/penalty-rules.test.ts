import { describe, expect, it } from "vitest";
import { counterfeitCompensationYuan, counterfeitFineYuan, counterfeitProposals, gradeBelow } from "./penalty-rules.ts";

describe("penalty rules (DOMAIN-2.md, Penalties)", () => {
  it("downgrades A → B → C and refuses to go below C", () => {
    expect([gradeBelow("A"), gradeBelow("B"), gradeBelow("C")]).toEqual(["B", "C", null]);
  });

  it("compensates a counterfeit part three times over", () => {
    expect(counterfeitCompensationYuan(380)).toBe(1140);
  });

  it("fines ten times the part's price, between ¥5,000 and ¥1,000,000", () => {
    expect([
      counterfeitFineYuan(100),
      counterfeitFineYuan(500),
      counterfeitFineYuan(800),
      counterfeitFineYuan(200_000),
    ]).toEqual([5_000, 5_000, 8_000, 1_000_000]);
  });

  it("proposes a fine and a downgrade, termination for a second case within a year or at grade C", () => {
    expect(counterfeitProposals({ grade: "A", partYuan: 800, earlierCaseWithinYear: false })).toEqual([
      { kind: "FINE", amountYuan: 8_000 },
      { kind: "DOWNGRADE" },
    ]);
    expect(counterfeitProposals({ grade: "C", partYuan: 800, earlierCaseWithinYear: false })).toEqual([
      { kind: "FINE", amountYuan: 8_000 },
      { kind: "TERMINATION" },
    ]);
    expect(counterfeitProposals({ grade: "B", partYuan: 800, earlierCaseWithinYear: true })).toEqual([
      { kind: "TERMINATION" },
    ]);
  });
});
