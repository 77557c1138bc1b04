// The procedures as the router itself holds them (flat, by dotted path), with the access each
// declares and its input schema: what the router-walk and fuzz tests iterate over, so a procedure
// added to the router is covered without anyone listing it.
import type { z } from "zod";
import { type Role, rolesFor } from "../../shared/domain/roles.ts";
import { appRouter } from "../../server/routers/_app.ts";
import type { ProcedureAccess } from "../../server/trpc.ts";

export interface RouterProcedure {
  path: string;
  type: "query" | "mutation" | "subscription";
  meta: ProcedureAccess | undefined;
  input: z.ZodType | undefined;
}

export function routerProcedures(): RouterProcedure[] {
  const procedures = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: RouterProcedure["type"]; meta?: ProcedureAccess; inputs: z.ZodType[] } }
  >;
  return Object.entries(procedures).map(([path, { _def }]) => ({
    path,
    type: _def.type,
    meta: _def.meta,
    input: _def.inputs[0],
  }));
}

/** A role that may call a procedure with this access (headquarters unless the permission says otherwise). */
export function permittedRole(meta: ProcedureAccess): Role {
  if (meta.access !== "permission") return "HQ_ADMIN";
  const roles = rolesFor(meta.permission);
  return roles.includes("HQ_ADMIN") ? "HQ_ADMIN" : roles[0]!;
}
