// An authorized center's authorization number (DOMAIN-2.md, Partners, admission):
// SQ-<2-digit province code of GB/T 2260>-<year>-<5-digit sequence>, unique and never reused.
import { type MessageRef, ref } from "../messages/message-ref.ts";

/** The provincial-level divisions of GB/T 2260 by their short Chinese name, with their codes. */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  北京: "11",
  天津: "12",
  河北: "13",
  山西: "14",
  内蒙古: "15",
  辽宁: "21",
  吉林: "22",
  黑龙江: "23",
  上海: "31",
  江苏: "32",
  浙江: "33",
  安徽: "34",
  福建: "35",
  江西: "36",
  山东: "37",
  河南: "41",
  湖北: "42",
  湖南: "43",
  广东: "44",
  广西: "45",
  海南: "46",
  重庆: "50",
  四川: "51",
  贵州: "52",
  云南: "53",
  西藏: "54",
  陕西: "61",
  甘肃: "62",
  青海: "63",
  宁夏: "64",
  新疆: "65",
  台湾: "71",
  香港: "81",
  澳门: "82",
};

const KNOWN_CODES = new Set(Object.values(PROVINCE_CODES));
const FORMAT = /^SQ-(\d{2})-(\d{4})-(\d{5})$/;
export const AUTHORIZATION_SEQUENCE_MAX = 99_999;

export interface AuthorizationNumber {
  provinceCode: string;
  year: number;
  sequence: number;
}

/** The number for a province, year and sequence (1–99,999). */
export function formatAuthorizationNumber({ provinceCode, year, sequence }: AuthorizationNumber): string {
  if (!KNOWN_CODES.has(provinceCode)) throw new RangeError(`Not a GB/T 2260 province code: ${provinceCode}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Not a year: ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > AUTHORIZATION_SEQUENCE_MAX)
    throw new RangeError(`Sequence out of range: ${sequence}`);
  return `SQ-${provinceCode}-${year}-${String(sequence).padStart(5, "0")}`;
}

/** The parts of a number as typed (spaces and case forgiven), or what is wrong with it. */
export function parseAuthorizationNumber(
  typed: string,
): { ok: true; value: AuthorizationNumber } | { ok: false; message: MessageRef } {
  const match = FORMAT.exec(typed.trim().toUpperCase());
  if (!match) return { ok: false, message: ref("authorization.format") };
  const [, provinceCode = "", year = "", sequence = ""] = match;
  if (!KNOWN_CODES.has(provinceCode)) return { ok: false, message: ref("authorization.province", { provinceCode }) };
  if (Number(sequence) < 1) return { ok: false, message: ref("authorization.format") };
  return { ok: true, value: { provinceCode, year: Number(year), sequence: Number(sequence) } };
}
