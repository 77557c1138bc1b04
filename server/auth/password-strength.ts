// How hard a new password is to guess, by zxcvbn (a well-kept estimator with dictionaries of common
// passwords, names and words, and the patterns people use: dates, keyboard rows, repeats, l33t).
// Length alone lets `aaaaaaaaaaaa` through; this does not.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import { isMessageKey, type MessageRef, ref } from "../../shared/messages/message-ref.ts";

/** zxcvbn's scale is 0–4; 3 is "safely unguessable: moderate protection from offline attacks". */
export const MIN_PASSWORD_SCORE = 3;

// zxcvbn's feedback comes back as its own keys (each "translated" to itself), which the catalogs word.
const asKeys = <T extends Record<string, unknown>>(group: T) =>
  Object.fromEntries(Object.keys(group).map((name) => [name, name])) as { [K in keyof T]: string };
const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: {
    warnings: asKeys(en.translations.warnings),
    suggestions: asKeys(en.translations.suggestions),
    timeEstimation: en.translations.timeEstimation,
  },
});

/**
 * Why a password is too easy to guess, in words that say how to choose a better one; null when it
 * is strong enough. `personal` are words the password must not lean on (the user's e-mail, name).
 */
export function weakPasswordProblem(password: string, personal: readonly string[] = []): MessageRef | null {
  // Each word of a name or an e-mail, and each run together ("zhao.lei@…" gives zhao, lei, zhaolei).
  const words = personal.flatMap((value) => {
    const local = value.toLowerCase().split("@")[0] ?? "";
    return [...value.toLowerCase().split(/[^\p{L}\p{N}]+/u), local.replace(/[^\p{L}\p{N}]+/gu, "")];
  });
  const userInputs = [...new Set(words.filter((w) => w.length >= 3))];
  const result = zxcvbn.check(password, [...userInputs, "franchise", "audit"]);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const warning = `password.warning.${result.feedback.warning ?? ""}`;
  return isMessageKey(warning)
    ? ref("password.tooGuessableBecause", { why: ref(warning) })
    : ref("password.tooGuessable");
}
