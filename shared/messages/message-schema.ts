// The wire shape of a message (what HTTP routes and outputs carry), for the client to parse.
import { z } from "zod";
import { isMessageKey, type MessageKey, type MessageRef } from "./message-ref.ts";

const ZMessageKey = z.custom<MessageKey>(isMessageKey, { error: "input.invalid" });
const ZWord = z.object({
  key: ZMessageKey,
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const ZMessageRef: z.ZodType<MessageRef> = z.object({
  key: ZMessageKey,
  params: z.record(z.string(), z.union([z.string(), z.number(), ZWord, z.array(ZWord)])).optional(),
});

/** What every refusal carries besides its English `message`: tRPC's error data, an HTTP route's body. */
export const ZRefusalWords = z.object({
  messageRef: ZMessageRef.optional(),
  fieldMessages: z.record(z.string(), z.array(ZMessageRef)).nullish(),
});

/**
 * A message the server stored for later as JSON (a revocation's flag, a reason the system wrote),
 * or null for text a person wrote (shown as it is).
 */
export function parseStoredMessage(stored: string): MessageRef | null {
  if (!stored.startsWith("{")) return null;
  try {
    const parsed = ZMessageRef.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
