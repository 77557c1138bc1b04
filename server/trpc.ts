// tRPC is initialised here and only here. Base procedures: public, signed-in, and one per permission.
import { initTRPC, type TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Permission } from "../shared/domain/roles.ts";
import {
  type FieldMessages,
  type MessageRef,
  ref,
  renderFieldMessages,
  renderMessage,
} from "../shared/messages/message-ref.ts";
import { fieldMessagesOfZod } from "../shared/messages/zod-messages.ts";
import { permissionRefusal } from "./auth/session-user.ts";
import type { Context } from "./context.ts";
import { DomainError, refusal, toTRPCError, trpcErrorOf } from "./errors.ts";
import { errorIdOf } from "./http/unexpected-error.ts";

/** Field-level messages of a failed call, from the input schema or from a service's DomainError. */
export function fieldMessagesOf(cause: unknown): FieldMessages | null {
  if (cause instanceof z.ZodError) return fieldMessagesOfZod(cause);
  if (cause instanceof DomainError) return cause.fieldMessages ?? null;
  return null;
}

/** The same in English, as API callers (and the tests) read them. */
export function fieldErrorsOf(cause: unknown): Record<string, string[] | undefined> | null {
  const fields = fieldMessagesOf(cause);
  return fields && renderFieldMessages(fields);
}

/** What a refused call says, as a message key: the client words it in its user's language. */
function messageRefOf(error: TRPCError): MessageRef {
  if (error.code === "INTERNAL_SERVER_ERROR") return ref("server.unexpected", { errorId: errorIdOf(error) });
  if (error.cause instanceof z.ZodError) return ref("input.fieldsNeedAttention");
  if (error.cause instanceof DomainError) return error.cause.ref;
  // tRPC's own refusals (a body that is not JSON, a procedure that does not exist).
  if (error.code === "NOT_FOUND") return ref("http.notFound");
  if (error.code === "PAYLOAD_TOO_LARGE") return ref("http.tooLarge");
  return ref("http.badRequest");
}

/**
 * Who may call a procedure, declared on every one of them by the base procedure it is built from.
 * The router-walk test reads it from the router and checks each answer against the role table.
 */
export type ProcedureAccess =
  { access: "public" } | { access: "signed-in" } | { access: "permission"; permission: Permission };

const t = initTRPC
  .context<Context>()
  .meta<ProcedureAccess>()
  .create({
    errorFormatter({ shape, error }) {
      const messageRef = messageRefOf(error);
      const ours =
        error.code === "INTERNAL_SERVER_ERROR" ||
        error.cause instanceof z.ZodError ||
        error.cause instanceof DomainError;
      const fieldMessages = fieldMessagesOf(error.cause);
      return {
        ...shape,
        message: ours ? renderMessage(messageRef) : shape.message,
        data: {
          ...shape.data,
          stack: undefined,
          messageRef,
          fieldErrors: fieldMessages && renderFieldMessages(fieldMessages),
          fieldMessages,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Turns DomainErrors thrown by services into tRPC errors, and refuses cross-site mutations. */
const baseProcedure = t.procedure.use(async ({ ctx, type, next }) => {
  if (type === "mutation" && !ctx.hasCsrfHeader) {
    throw refusal("FORBIDDEN", "http.missingHeader");
  }
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause);
    if (mapped) throw mapped;
  }
  return result;
});

export const publicProcedure = baseProcedure.meta({ access: "public" });

/** The procedures a user signed in with a temporary password may still call. */
const ALLOWED_WITH_TEMPORARY_PASSWORD = new Set(["session.changePassword", "session.me"]);

export const authedProcedure = baseProcedure.meta({ access: "signed-in" }).use(({ ctx, path, next }) => {
  if (!ctx.user) throw refusal("UNAUTHORIZED", "auth.signInRequired");
  if (ctx.user.mustChangePassword && !ALLOWED_WITH_TEMPORARY_PASSWORD.has(path))
    throw refusal("FORBIDDEN", "auth.mustChangePassword");
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A procedure only the roles holding `permission` may call; others get FORBIDDEN naming those roles. */
export function requirePermission(permission: Permission) {
  return authedProcedure.meta({ access: "permission", permission }).use(({ ctx, next }) => {
    const refused = permissionRefusal(ctx.user, permission);
    if (refused) throw trpcErrorOf(new DomainError("FORBIDDEN", refused));
    return next();
  });
}
