// A message is a key into the catalogs (en.ts, zh-cn.ts) and its parameters. The server and the
// shared schemas speak only in keys; whoever shows the message picks the language: the client its
// user's, the server English for logs and API callers. So the server never needs to know who reads.
import { MESSAGES_EN, type MessageKey } from "./en.ts";
import { MESSAGES_ZH_CN } from "./zh-cn.ts";

export type { MessageKey } from "./en.ts";
/**
 * A parameter is a value, or a word that is itself a message (a status, in the reader's language),
 * or a list of such words (read as alternatives: "AUDITOR or HQ_ADMIN", in the reader's language).
 */
export type MessageParams = Record<string, string | number | MessageRef | MessageRef[]>;
export interface MessageRef {
  key: MessageKey;
  params?: MessageParams;
}
/** Field-level messages keyed by the input path ("answers.3.itemCode"). */
export type FieldMessages = Record<string, MessageRef[]>;

export type MessageLocale = "en" | "zh-CN";

const CATALOGS: Record<MessageLocale, Record<MessageKey, string>> = { en: MESSAGES_EN, "zh-CN": MESSAGES_ZH_CN };

export function isMessageKey(text: unknown): text is MessageKey {
  return typeof text === "string" && Object.hasOwn(MESSAGES_EN, text);
}

/** A typed key, for places that take a plain string (zod's `error` option). */
export function key(messageKey: MessageKey): MessageKey {
  return messageKey;
}

export function ref(messageKey: MessageKey, params?: MessageParams): MessageRef {
  return params ? { key: messageKey, params } : { key: messageKey };
}

const NUMBER_FORMATS: Record<MessageLocale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat("en", { maximumFractionDigits: 2 }),
  "zh-CN": new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 }),
};

const ALTERNATIVES: Record<MessageLocale, Intl.ListFormat> = {
  en: new Intl.ListFormat("en", { type: "disjunction" }),
  "zh-CN": new Intl.ListFormat("zh-CN", { type: "disjunction" }),
};

/** The catalog's language for an i18next language tag: Chinese for every zh variant, else English. */
export function messageLocaleOf(language: string | undefined): MessageLocale {
  return language?.toLowerCase().startsWith("zh") ? "zh-CN" : "en";
}

/** The message in a language; numbers in the locale's style (40,000), `{name}` filled from params. */
export function renderMessage(message: MessageRef, locale: MessageLocale = "en"): string {
  const template = CATALOGS[locale][message.key];
  const numbers = NUMBER_FORMATS[locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    if (value === undefined) return whole;
    if (typeof value === "number") return numbers.format(value);
    if (typeof value === "string") return value;
    if (Array.isArray(value)) return ALTERNATIVES[locale].format(value.map((word) => renderMessage(word, locale)));
    return renderMessage(value, locale);
  });
}

/** A message as the wire carries it: the key for the client to word, and English for API callers. */
export function worded(message: MessageRef): { message: string; messageRef: MessageRef } {
  return { message: renderMessage(message), messageRef: message };
}

export function renderFieldMessages(fields: FieldMessages, locale: MessageLocale = "en"): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(fields).map(([path, messages]) => [path, messages.map((m) => renderMessage(m, locale))]),
  );
}
