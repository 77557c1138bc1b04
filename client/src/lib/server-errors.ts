// What the server said about a refused call, in the shape forms use: a message, and field errors
// keyed by the input path ("answers.2.itemCode"), worded in the user's language from the message
// keys the server sends (its English `message` is the fallback for an answer without them).
import { TRPCClientError } from "@trpc/client";
import { ZRefusalWords } from "../../../shared/messages/message-schema.ts";
import { fieldMessageTexts, messageText } from "./messages.ts";

export interface ServerRefusal {
  message: string;
  fieldErrors: Record<string, string[]>;
  code: string | null;
}

export function refusalOf(error: unknown): ServerRefusal {
  if (error instanceof TRPCClientError) {
    const data = (error as TRPCClientError<never>).data as { code?: string } | undefined;
    return { ...wordsOf(data, error.message), code: data?.code ?? null };
  }
  return { message: error instanceof Error ? error.message : String(error), fieldErrors: {}, code: null };
}

/** The message and field errors of a refusal's body or data, in the user's language. */
export function wordsOf(body: unknown, fallback: string): Omit<ServerRefusal, "code"> {
  const words = ZRefusalWords.safeParse(body);
  if (!words.success) return { message: fallback, fieldErrors: {} };
  return {
    message: words.data.messageRef ? messageText(words.data.messageRef) : fallback,
    fieldErrors: fieldMessageTexts(words.data.fieldMessages ?? {}),
  };
}
