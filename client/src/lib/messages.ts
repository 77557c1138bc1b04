// Message keys from the server and the shared schemas, worded in the user's language.
import i18n from "i18next";
import { useTranslation } from "react-i18next";
import { parseStoredMessage } from "../../../shared/messages/message-schema.ts";
import {
  type FieldMessages,
  type MessageRef,
  messageLocaleOf,
  renderMessage,
} from "../../../shared/messages/message-ref.ts";

/** A message in the current language (outside React: the current language of i18next). */
export function messageText(message: MessageRef): string {
  return renderMessage(message, messageLocaleOf(i18n.language));
}

export function fieldMessageTexts(fields: FieldMessages): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fields).map(([path, messages]) => [path, messages.map(messageText)]));
}

/**
 * A message the server stored for later (a revocation's flag): its key and parameters as JSON.
 * Text stored before messages were keys is shown as it is.
 */
export function storedMessageText(stored: string): string {
  const message = parseStoredMessage(stored);
  return message ? messageText(message) : stored;
}

/** The same as messageText, re-rendered when the language changes. */
export function useMessageText(): (message: MessageRef) => string {
  const { i18n: current } = useTranslation();
  const locale = messageLocaleOf(current.language);
  return (message) => renderMessage(message, locale);
}
