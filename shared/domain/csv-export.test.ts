import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv-export.ts";

describe("CSV export (formula-safe, UTF-8 with BOM)", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("+86 138")).toBe("'+86 138");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  });
  it("keeps numbers as numbers, quotes commas, quotes and line breaks", () => {
    expect(csvCell(-12.5)).toBe("-12.5");
    expect(csvCell("杭州, 西湖")).toBe('"杭州, 西湖"');
    expect(csvCell(null)).toBe("");
  });
  it("starts with a BOM and ends lines with CRLF", () => {
    expect(toCsv(["a", "b"], [[1, "x"]])).toBe("\uFEFFa,b\r\n1,x\r\n");
  });
});
