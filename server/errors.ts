// Services speak in DomainErrors; this is the one place that turns them into tRPC errors.
import { TRPCError } from "@trpc/server";

export type DomainErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "BAD_REQUEST" | "UNAUTHORIZED";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Field-level messages, keyed by the input path ("answers.3.itemCode"). */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** Out of scope is out of sight: the same answer whether the record exists elsewhere or not at all. */
export function notFound(what: string): DomainError {
  return new DomainError("NOT_FOUND", `${what} was not found.`);
}

export function toTRPCError(error: unknown): TRPCError | undefined {
  if (error instanceof DomainError) return new TRPCError({ code: error.code, message: error.message, cause: error });
  return undefined;
}
