// Every procedure of the router, found by walking the router itself (not a hand-written list), is
// called anonymously and as each role; the answer must match the access it declares and the role
// table in shared/domain/roles.ts. A procedure added without a declared access fails here.
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role, rolesFor } from "../../shared/domain/roles.ts";
import type { SessionUser } from "../../server/context.ts";
import type { ProcedureAccess } from "../../server/trpc.ts";
import { makeRegion, makeUser } from "../factories/network.ts";
import { makePolicyVersion } from "../factories/records.ts";
import { callerFor } from "../helpers/callers.ts";
import { routerProcedures } from "../helpers/router-procedures.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase();

/** What a caller of `role` (null: anonymous) must get back from a procedure declaring `meta`. */
function expectedRefusal(meta: ProcedureAccess, role: Role | null): "UNAUTHORIZED" | "FORBIDDEN" | null {
  if (meta.access === "public") return null;
  if (role === null) return "UNAUTHORIZED";
  if (meta.access === "signed-in") return null;
  return rolesFor(meta.permission).includes(role) ? null : "FORBIDDEN";
}

async function callByPath(user: SessionUser | null, path: string): Promise<string> {
  const caller = callerFor(database.db, user) as unknown as Record<string, unknown>;
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  try {
    // An empty input: a permitted caller gets past the guards and is stopped by the input check
    // (or, for procedures without required input, answered).
    await (procedure as (input: unknown) => Promise<unknown>)({});
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe(`router walk: every procedure against the role table (${database.kind})`, () => {
  const procedures = routerProcedures();
  const users = new Map<Role, SessionUser>();

  beforeAll(async () => {
    await makePolicyVersion(database.db);
    const region = await makeRegion(database.db);
    for (const role of ROLES)
      users.set(role, await makeUser(database.db, role, role === "HQ_ADMIN" ? [] : [region.id]));
  });

  it("finds the procedures, and every one declares who may call it", () => {
    expect(procedures.length).toBeGreaterThan(40);
    const undeclared = procedures.filter((p) => p.meta?.access === undefined).map((p) => p.path);
    expect(undeclared).toEqual([]);
  });

  it.each(procedures.map((p) => [p.path, p] as const))(
    "%s answers each caller as the role table says",
    async (_path, p) => {
      const meta = p.meta!;
      const answers: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const role of [null, ...ROLES] as const) {
        const who = role ?? "anonymous";
        const answer = await callByPath(role ? users.get(role)! : null, p.path);
        const refusal = expectedRefusal(meta, role);
        // A permitted caller may be answered or refused for its empty input, never by the guards,
        // and never with an unexpected error.
        const guarded = answer === "UNAUTHORIZED" || answer === "FORBIDDEN";
        answers[who] = refusal ?? (guarded || answer === "INTERNAL_SERVER_ERROR" ? answer : "permitted");
        expected[who] = refusal ?? "permitted";
      }
      expect(answers).toEqual(expected);
    },
  );
});
