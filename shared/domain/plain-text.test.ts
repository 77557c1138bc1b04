import { describe, expect, it } from "vitest";
import { textProblem, withoutUnsafeCharacters } from "./plain-text.ts";

describe("plain text", () => {
  it("accepts ordinary text in any script, and line breaks where a field is multi-line", () => {
    expect(textProblem("服务很好 — café 👍")).toBeNull();
    expect(textProblem("line one\nline two\ttabbed", { multiline: true })).toBeNull();
  });

  it("refuses control characters, naming the code point", () => {
    expect(textProblem("a\u0000b")).toEqual({ kind: "CONTROL_CHARACTER", codePoint: "U+0000" });
    expect(textProblem("a\u001Bb", { multiline: true })).toEqual({ kind: "CONTROL_CHARACTER", codePoint: "U+001B" });
    expect(textProblem("a\u0085b")).toEqual({ kind: "CONTROL_CHARACTER", codePoint: "U+0085" });
    expect(textProblem("one\ntwo")).toEqual({ kind: "CONTROL_CHARACTER", codePoint: "U+000A" });
  });

  it("refuses unpaired surrogates at either end, but not a pair", () => {
    expect(textProblem("x\uD800")).toEqual({ kind: "UNPAIRED_SURROGATE", codePoint: "U+D800" });
    expect(textProblem("\uDC00x")).toEqual({ kind: "UNPAIRED_SURROGATE", codePoint: "U+DC00" });
    expect(textProblem("\uD83D\uDC4D")).toBeNull();
  });

  it("refuses what a decoder could not read", () => {
    expect(textProblem("caf\uFFFD")).toEqual({ kind: "UNREADABLE_BYTES" });
  });

  it("cleans a name it keeps: control characters and broken characters go, pairs stay", () => {
    expect(withoutUnsafeCharacters("回访\u0000 10月\uD800 👍\uFFFD.csv")).toBe("回访 10月 👍.csv");
  });
});
