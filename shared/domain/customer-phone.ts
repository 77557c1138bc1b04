// A customer's phone number (DOMAIN-2.md, Complaints): a Chinese mobile number (11 digits, 1[3-9]…)
// or landline (area code 0 + 2–3 digits, then 7–8 digits). It is personal data: stored as digits,
// shown masked everywhere but on the complaint itself, for the desk and headquarters.

const MOBILE = /^1[3-9]\d{9}$/;
/** 010 and 02x have 2-digit codes after the 0 and 8-digit numbers; the rest 3 digits and 7–8. */
const LANDLINE = /^(0(?:10|2\d)\d{8}|0[3-9]\d{2}\d{7,8})$/;

/** The number as digits (spaces, hyphens, brackets and a +86 / 0086 prefix dropped), or null if it is none. */
export function normalizeCustomerPhone(typed: string): string | null {
  let digits = typed.replace(/[\s\-()（）]/g, "");
  if (digits.startsWith("+86")) digits = digits.slice(3);
  else if (digits.startsWith("0086")) digits = digits.slice(4);
  return MOBILE.test(digits) || LANDLINE.test(digits) ? digits : null;
}

/**
 * 138****5678 for a mobile, 0571****4321 for a landline: the prefix (or area code) and the last four,
 * always four stars between, so the mask does not tell how many digits it hides.
 */
export function maskCustomerPhone(digits: string): string {
  const keep = digits.startsWith("0") ? (/^0(?:10|2\d)/.test(digits) ? 3 : 4) : 3;
  return `${digits.slice(0, keep)}****${digits.slice(-4)}`;
}
