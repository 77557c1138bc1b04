// The unified social credit code (统一社会信用代码) of a partner company, GB 32100-2015: 18
// characters from a 31-character set (digits and capitals without I, O, Z, S, V); the 18th is a
// check character over the first 17, weighted by 3^(i-1) mod 31.
import { type MessageRef, ref } from "../messages/message-ref.ts";

/** The code's characters in the order of their values 0–30. */
export const CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
export const CREDIT_CODE_LENGTH = 18;

/** Weights of positions 1–17: 3^(i-1) mod 31. */
const WEIGHTS = Array.from({ length: CREDIT_CODE_LENGTH - 1 }, (_, i) => {
  let weight = 1;
  for (let k = 0; k < i; k++) weight = (weight * 3) % 31;
  return weight;
});

/** The check character the standard gives the first 17 characters, or null if one is not in the set. */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== CREDIT_CODE_LENGTH - 1) return null;
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    const value = CREDIT_CODE_CHARACTERS.indexOf(first17[i]!);
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  return CREDIT_CODE_CHARACTERS[(31 - (sum % 31)) % 31]!;
}

/** What is wrong with a code as typed (spaces and case forgiven), or null when it is valid. */
export function creditCodeProblem(typed: string): MessageRef | null {
  const code = normalizeCreditCode(typed);
  if (code.length !== CREDIT_CODE_LENGTH) return ref("partner.creditCodeLength", { length: code.length });
  const bad = [...code].find((c) => !CREDIT_CODE_CHARACTERS.includes(c));
  if (bad !== undefined) return ref("partner.creditCodeCharacter", { character: bad });
  const expected = creditCodeCheckCharacter(code.slice(0, CREDIT_CODE_LENGTH - 1));
  if (expected !== code[CREDIT_CODE_LENGTH - 1]) return ref("partner.creditCodeCheck");
  return null;
}

/** Upper case, without the spaces people type to group it. */
export function normalizeCreditCode(typed: string): string {
  return typed.replace(/\s+/g, "").toUpperCase();
}
