// What the client would see at each field for a refused call (the errorFormatter's fieldErrors).
import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { fieldErrorsOf } from "../../server/trpc.ts";
import { renderMessage } from "../../shared/messages/message-ref.ts";
import { refOfIssue } from "../../shared/messages/zod-messages.ts";

export async function fieldErrorsOfCall(call: Promise<unknown>): Promise<Record<string, string[] | undefined>> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return fieldErrorsOf(error.cause) ?? {};
    throw error;
  }
  throw new Error("Expected the call to be refused, but it succeeded.");
}

/** Every problem the input schema found, as "path: message" in English (nested paths in full: "center.code"). */
export async function schemaIssuesOfCall(call: Promise<unknown>): Promise<string[]> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError && error.cause instanceof ZodError)
      return error.cause.issues.map((issue) => `${issue.path.join(".")}: ${renderMessage(refOfIssue(issue))}`);
    throw error;
  }
  throw new Error("Expected the call to be refused, but it succeeded.");
}
