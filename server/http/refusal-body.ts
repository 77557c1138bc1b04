// The body of a refused plain HTTP request (sign-in, upload, export), in the shape tRPC's refusals
// have: the message as a key for the client to word, and in English for API callers.
import type { z } from "zod";
import {
  type FieldMessages,
  type MessageKey,
  type MessageParams,
  type MessageRef,
  ref,
  renderFieldMessages,
  worded,
} from "../../shared/messages/message-ref.ts";
import { fieldMessagesOfZod } from "../../shared/messages/zod-messages.ts";

export interface RefusalBody {
  message: string;
  messageRef: MessageRef;
  fieldErrors?: Record<string, string[]>;
  fieldMessages?: FieldMessages;
}

export function refusalBody(message: MessageRef, fieldMessages?: FieldMessages): RefusalBody {
  const body: RefusalBody = worded(message);
  if (fieldMessages) Object.assign(body, { fieldErrors: renderFieldMessages(fieldMessages), fieldMessages });
  return body;
}

export function refusalOf(messageKey: MessageKey, params?: MessageParams): RefusalBody {
  return refusalBody(ref(messageKey, params));
}

/** A refused input: the summary sentence, and each field's messages. */
export function invalidInputBody(messageKey: MessageKey, error: z.ZodError): RefusalBody {
  return refusalBody(ref(messageKey), fieldMessagesOfZod(error));
}
