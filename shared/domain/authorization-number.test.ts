import { describe, expect, it } from "vitest";
import { formatAuthorizationNumber, parseAuthorizationNumber, PROVINCE_CODES } from "./authorization-number.ts";

describe("authorization number SQ-<GB/T 2260 province>-<year>-<5 digits>", () => {
  it("is written with the province's code and a zero-padded sequence, and read back", () => {
    const number = formatAuthorizationNumber({ provinceCode: PROVINCE_CODES["上海"]!, year: 2026, sequence: 42 });
    expect(number).toBe("SQ-31-2026-00042");
    expect(parseAuthorizationNumber(" sq-31-2026-00042 ")).toEqual({
      ok: true,
      value: { provinceCode: "31", year: 2026, sequence: 42 },
    });
  });

  it("covers the 34 provincial-level divisions, each with its own code", () => {
    const codes = Object.values(PROVINCE_CODES);
    expect(codes).toHaveLength(34);
    expect(new Set(codes).size).toBe(34);
    expect(PROVINCE_CODES["广东"]).toBe("44");
  });

  it("refuses another network's format and a code that is no province", () => {
    expect(parseAuthorizationNumber("AUTH-EA-2021-1001")).toEqual({
      ok: false,
      message: { key: "authorization.format" },
    });
    expect(parseAuthorizationNumber("SQ-31-2026-0042")).toEqual({
      ok: false,
      message: { key: "authorization.format" },
    });
    expect(parseAuthorizationNumber("SQ-31-2026-00000")).toEqual({
      ok: false,
      message: { key: "authorization.format" },
    });
    expect(parseAuthorizationNumber("SQ-99-2026-00001")).toEqual({
      ok: false,
      message: { key: "authorization.province", params: { provinceCode: "99" } },
    });
  });

  it("is never written out of range", () => {
    expect(() => formatAuthorizationNumber({ provinceCode: "31", year: 2026, sequence: 100_000 })).toThrow(RangeError);
    expect(() => formatAuthorizationNumber({ provinceCode: "99", year: 2026, sequence: 1 })).toThrow(RangeError);
  });
});
