// How hard a new password is to guess, by zxcvbn (a well-kept estimator with dictionaries of common
// passwords, names and words, and the patterns people use: dates, keyboard rows, repeats, l33t).
// Length alone lets `aaaaaaaaaaaa` through; this does not.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

/** zxcvbn's scale is 0–4; 3 is "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});

/**
 * Why a password is too easy to guess, in words that say how to choose a better one; null when it
 * is strong enough. `personal` are words the password must not lean on (the user's e-mail, name).
 */
export function weakPasswordProblem(password: string, personal: readonly string[] = []): string | null {
  // Each word of a name or an e-mail, and each run together ("zhao.lei@…" gives zhao, lei, zhaolei).
  const words = personal.flatMap((value) => {
    const local = value.toLowerCase().split("@")[0] ?? "";
    return [...value.toLowerCase().split(/[^\p{L}\p{N}]+/u), local.replace(/[^\p{L}\p{N}]+/gu, "")];
  });
  const userInputs = [...new Set(words.filter((w) => w.length >= 3))];
  const result = zxcvbn.check(password, [...userInputs, "franchise", "audit"]);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = result.feedback.warning ? `${result.feedback.warning.replace(/\.$/, "")}. ` : "";
  return `This password is too easy to guess. ${why}Use four or more unrelated words, or a longer mix that follows no pattern; avoid names, dates and your e-mail.`;
}
