// The request context. Tests build it directly with createContextInner; HTTP requests go through
// the fastify adapter, which resolves the session cookie first.
import type { Role } from "../shared/domain/roles.ts";
import { APPLICATION_HEADER } from "../shared/schemas/http.ts";
import type { Db } from "./db/create-database.ts";
import type { Actor } from "./services/audit/record-audit.ts";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  regionIds: number[];
  /** Signed in with a temporary password: every procedure but changing it is refused. */
  mustChangePassword?: boolean;
}

export interface ContextInner {
  db: Db;
  user: SessionUser | null;
  ip: string | null;
  /**
   * True when the request carries the custom header that cross-site forms cannot send.
   * In-process callers (tests, jobs) are not browsers, so it defaults to true.
   */
  hasCsrfHeader: boolean;
}

export function createContextInner(options: {
  db: Db;
  user?: SessionUser | null;
  ip?: string | null;
  hasCsrfHeader?: boolean;
}): ContextInner {
  return {
    db: options.db,
    user: options.user ?? null,
    ip: options.ip ?? null,
    hasCsrfHeader: options.hasCsrfHeader ?? true,
  };
}

export type Context = ContextInner;

/** The header every tRPC mutation must carry (a plain form post cannot set it). */
export const CSRF_HEADER = APPLICATION_HEADER;

/** A signed-in user making a change: their scope for the checks, their address for the audit entry. */
export type ActingUser = SessionUser & { ip: string | null };

export function actingUser(ctx: { user: SessionUser; ip: string | null }): ActingUser {
  return { ...ctx.user, ip: ctx.ip };
}

/** The signed-in user as the actor of an audited change. */
export function actorOf(ctx: { user: SessionUser; ip: string | null }): Actor {
  return { id: ctx.user.id, email: ctx.user.email, ip: ctx.ip };
}
