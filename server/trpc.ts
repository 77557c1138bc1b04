// tRPC is initialised here and only here. Base procedures: public, signed-in, and one per permission.
import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Permission } from "../shared/domain/roles.ts";
import { MUST_CHANGE_PASSWORD_MESSAGE, permissionRefusal } from "./auth/session-user.ts";
import type { Context } from "./context.ts";
import { DomainError, toTRPCError } from "./errors.ts";
import { errorIdOf, unexpectedErrorMessage } from "./http/unexpected-error.ts";

/** Field-level messages of a failed call, from the input schema or from a service's DomainError. */
export function fieldErrorsOf(cause: unknown): Record<string, string[] | undefined> | null {
  if (cause instanceof z.ZodError) return z.flattenError(cause).fieldErrors;
  if (cause instanceof DomainError) return cause.fieldErrors ?? null;
  return null;
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
      const unexpected = error.code === "INTERNAL_SERVER_ERROR";
      const message = unexpected
        ? unexpectedErrorMessage(errorIdOf(error))
        : error.cause instanceof z.ZodError
          ? "Some fields need attention."
          : shape.message;
      return {
        ...shape,
        message,
        data: { ...shape.data, stack: undefined, fieldErrors: fieldErrorsOf(error.cause) },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Turns DomainErrors thrown by services into tRPC errors, and refuses cross-site mutations. */
const baseProcedure = t.procedure.use(async ({ ctx, type, next }) => {
  if (type === "mutation" && !ctx.hasCsrfHeader) {
    throw new TRPCError({ code: "FORBIDDEN", message: "This request is missing the application's request header." });
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
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  if (ctx.user.mustChangePassword && !ALLOWED_WITH_TEMPORARY_PASSWORD.has(path))
    throw new TRPCError({ code: "FORBIDDEN", message: MUST_CHANGE_PASSWORD_MESSAGE });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A procedure only the roles holding `permission` may call; others get FORBIDDEN naming those roles. */
export function requirePermission(permission: Permission) {
  return authedProcedure.meta({ access: "permission", permission }).use(({ ctx, next }) => {
    const refusal = permissionRefusal(ctx.user, permission);
    if (refusal) throw new TRPCError({ code: "FORBIDDEN", message: refusal });
    return next();
  });
}
