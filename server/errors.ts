// Services speak in DomainErrors; this is the one place that turns them into tRPC errors.
// A DomainError carries a message key and parameters, never a sentence: the client words it in its
// user's language; the error's own `message` is the English wording, for logs and API callers.
import { TRPCError } from "@trpc/server";
import {
  type FieldMessages,
  type MessageKey,
  type MessageParams,
  type MessageRef,
  ref,
  renderFieldMessages,
  renderMessage,
} from "../shared/messages/message-ref.ts";

export type DomainErrorCode =
  "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "BAD_REQUEST" | "UNAUTHORIZED" | "TOO_MANY_REQUESTS";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly ref: MessageRef,
    /** Field-level messages, keyed by the input path ("answers.3.itemCode"). */
    readonly fieldMessages?: FieldMessages,
  ) {
    super(renderMessage(ref));
    this.name = "DomainError";
  }

  /** The field messages in English (what API callers and the tests read). */
  get fieldErrors(): Record<string, string[]> | undefined {
    return this.fieldMessages && renderFieldMessages(this.fieldMessages);
  }
}

export function domainError(code: DomainErrorCode, messageKey: MessageKey, params?: MessageParams): DomainError {
  return new DomainError(code, ref(messageKey, params));
}

/** A refusal that belongs to one field: the same message overall and at the field. */
export function fieldError(
  code: DomainErrorCode,
  field: string,
  messageKey: MessageKey,
  params?: MessageParams,
): DomainError {
  const message = ref(messageKey, params);
  return new DomainError(code, message, { [field]: [message] });
}

/** Out of scope is out of sight: the same answer whether the record exists elsewhere or not at all. */
export function notFound(messageKey: MessageKey): DomainError {
  return domainError("NOT_FOUND", messageKey);
}

/** A tRPC error thrown outside a service (middleware), carrying its message key all the same. */
export function refusal(code: DomainErrorCode, messageKey: MessageKey, params?: MessageParams): TRPCError {
  return trpcErrorOf(domainError(code, messageKey, params));
}

export function trpcErrorOf(error: DomainError): TRPCError {
  return new TRPCError({ code: error.code, message: error.message, cause: error });
}

export function toTRPCError(error: unknown): TRPCError | undefined {
  return error instanceof DomainError ? trpcErrorOf(error) : undefined;
}
