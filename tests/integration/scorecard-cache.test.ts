// The scorecard cache: reused while the audit log (the record of every change) has not grown.
import { describe, expect, it } from "vitest";
import { recordAudit } from "../../server/services/audit/record-audit.ts";
import { cachedUntilChange } from "../../server/services/scoring/scorecard-cache.ts";
import { useTestDatabase } from "../setup/test-database.ts";

const database = useTestDatabase();

function counter() {
  let calls = 0;
  return {
    compute: async () => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { calls };
    },
    get calls() {
      return calls;
    },
  };
}

describe(`scorecard cache (${database.kind})`, () => {
  it("computes once for repeated and concurrent reads, again after any audited change", async () => {
    const c = counter();
    const [a, b] = await Promise.all([
      cachedUntilChange(database.db, "k1", c.compute),
      cachedUntilChange(database.db, "k1", c.compute),
    ]);
    expect(a).toBe(b);
    await cachedUntilChange(database.db, "k1", c.compute);
    expect(c.calls).toBe(1);

    await recordAudit(database.db, { actorId: null, actorEmail: null, action: "TEST_CHANGE", entityType: "test" });
    expect(await cachedUntilChange(database.db, "k1", c.compute)).toEqual({ calls: 2 });
    expect(await cachedUntilChange(database.db, "k2", c.compute)).toEqual({ calls: 3 });
  });

  it("does not keep a failed computation", async () => {
    await expect(
      cachedUntilChange(database.db, "failing", () => Promise.reject(new Error("database went away"))),
    ).rejects.toThrow("database went away");
    expect(await cachedUntilChange(database.db, "failing", () => Promise.resolve("recovered"))).toBe("recovered");
  });
});
