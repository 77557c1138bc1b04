// The base procedures every router is built from: sign-in, role and CSRF checks.
import { describe, expect, it } from "vitest";
import { createContextInner } from "../../server/context.ts";
import { authedProcedure, createCallerFactory, requirePermission, router } from "../../server/trpc.ts";
import { makeUser } from "../factories/network.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase();

// A router made only of the real middleware, so each check is tested on its own.
const guardRouter = router({
  closePeriod: requirePermission("periods.close").mutation(() => "closed"),
  touch: authedProcedure.mutation(() => "touched"),
});
const createCaller = createCallerFactory(guardRouter);

describe(`procedure guards (${database.kind})`, () => {
  it("refuse a role without the permission with FORBIDDEN naming the role needed", async () => {
    const manager = await makeUser(database.db, "REGIONAL_MANAGER", []);
    const caller = createCaller(createContextInner({ db: database.db, user: manager }));
    await expect(caller.closePeriod()).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "This needs the role HQ_ADMIN.",
    });
  });

  it("let the role holding the permission through", async () => {
    const hq = await makeUser(database.db, "HQ_ADMIN", []);
    await expect(createCaller(createContextInner({ db: database.db, user: hq })).closePeriod()).resolves.toBe("closed");
  });

  it("refuse a mutation without the application's request header (CSRF)", async () => {
    const hq = await makeUser(database.db, "HQ_ADMIN", []);
    const caller = createCaller(createContextInner({ db: database.db, user: hq, hasCsrfHeader: false }));
    await expect(caller.touch()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
