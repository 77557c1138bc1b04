import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CREDIT_CODE_CHARACTERS, creditCodeCheckCharacter, creditCodeProblem } from "./credit-code.ts";

// Codes as published on real business licences (the standard's own example and four companies').
const PUBLISHED = [
  "91350100M000100Y43",
  "91110000100006485K",
  "91440300708461136T",
  "914403001922038216",
  "91310000631696382C",
];

describe("unified social credit code (GB 32100-2015)", () => {
  it("accepts published codes, typed with spaces or in lower case", () => {
    for (const code of PUBLISHED) expect(creditCodeProblem(code)).toBeNull();
    expect(creditCodeProblem(" 9135 0100 m000 100y 43 ")).toBeNull();
  });

  it("computes the check character from the weights 3^(i-1) mod 31", () => {
    // 9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17 + M(21)·20 + 0·29 + 0·25 + 0·13 + 1·8 + 0·24
    // + 0·10 + Y(30)·30 + 4·28 = 1,640; 1,640 mod 31 = 28; 31 − 28 = 3.
    expect(creditCodeCheckCharacter("91350100M000100Y4")).toBe("3");
  });

  it("names what is wrong: the length, a character outside the set, a wrong check character", () => {
    expect(creditCodeProblem("91350100M000100Y4")).toEqual({
      key: "partner.creditCodeLength",
      params: { length: 17 },
    });
    expect(creditCodeProblem("91350100M000100I43")).toEqual({
      key: "partner.creditCodeCharacter",
      params: { character: "I" },
    });
    expect(creditCodeProblem("91350100M000100Y44")).toEqual({ key: "partner.creditCodeCheck" });
  });

  it("refuses every single-character typing error in a valid code (a check over a prime modulus)", () => {
    const character = fc.constantFrom(...CREDIT_CODE_CHARACTERS);
    fc.assert(
      fc.property(fc.array(character, { minLength: 17, maxLength: 17 }), fc.nat(17), character, (body, at, typo) => {
        const valid = body.join("") + creditCodeCheckCharacter(body.join(""))!;
        fc.pre(valid[at] !== typo);
        const mistyped = valid.slice(0, at) + typo + valid.slice(at + 1);
        expect(creditCodeProblem(valid)).toBeNull();
        expect(creditCodeProblem(mistyped)).toEqual({ key: "partner.creditCodeCheck" });
      }),
    );
  });
});
