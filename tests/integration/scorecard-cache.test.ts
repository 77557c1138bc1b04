// The scorecard cache: reused while nothing audited has committed since (change_counter).
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

    await recordAudit(database.db, { actorId: null, actorEmail: null, action: "CENTER_UPDATED", entityType: "center" });
    expect(await cachedUntilChange(database.db, "k1", c.compute)).toEqual({ calls: 2 });
    expect(await cachedUntilChange(database.db, "k2", c.compute)).toEqual({ calls: 3 });
  });

  it("does not keep a failed computation", async () => {
    await expect(
      cachedUntilChange(database.db, "failing", () => Promise.reject(new Error("database went away"))),
    ).rejects.toThrow("database went away");
    expect(await cachedUntilChange(database.db, "failing", () => Promise.resolve("recovered"))).toBe("recovered");
  });

  // Two writers interleaved: the first takes the lower audit id and commits last. Only a server
  // database has two connections to interleave; PGlite runs one transaction at a time, so there the
  // interleaving cannot happen and this test does not apply.
  it.skipIf(database.kind === "pglite")(
    "moves on commit: a writer that took a lower id and commits later still invalidates the cache",
    async () => {
      const c = counter();
      await cachedUntilChange(database.db, "k3", c.compute);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let firstWrote!: () => void;
      const wrote = new Promise<void>((resolve) => (firstWrote = resolve));
      const first = database.db.$transaction(
        async (tx) => {
          await recordAudit(tx, { actorId: null, actorEmail: null, action: "CENTER_UPDATED", entityType: "center" });
          firstWrote();
          await held;
        },
        { timeout: 30_000 },
      );
      await wrote;
      const second = recordAudit(database.db, {
        actorId: null,
        actorEmail: null,
        action: "CENTER_CREATED",
        entityType: "center",
      });
      // Neither has committed: the version has not moved and the cached value stands.
      expect(await cachedUntilChange(database.db, "k3", c.compute)).toEqual({ calls: 1 });
      release();
      await Promise.all([first, second]);
      expect(await cachedUntilChange(database.db, "k3", c.compute)).toEqual({ calls: 2 });
    },
  );
});
