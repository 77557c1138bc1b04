// Scorecards are read much more often than the network changes: a region's managers open the same
// one all day. Every change leaves an audit entry in the same transaction (DOMAIN.md, Audit trail),
// and every audit write bumps change_counter in that transaction, so its version moves when (and in
// the order) changes commit: a version of everything a scorecard is computed from. (The newest
// audit-log id was used before; a transaction that took a lower id and committed later left it stale.) A cached
// scorecard is served while that id is unchanged; concurrent requests for the same scorecard share
// one computation. A short time-to-live covers what changes with time alone (a revocation reaching
// its effective date, a corrective action becoming overdue, a new month beginning).
import type { Db } from "../../db/create-database.ts";

export const SCORECARD_CACHE_TTL_MS = 30_000;
const MAX_ENTRIES = 32;

interface Entry<T> {
  version: bigint;
  expiresAt: number;
  value: Promise<T>;
}

// One cache per database handle, so test databases never share entries.
const caches = new WeakMap<Db, Map<string, Entry<unknown>>>();

export async function changeVersion(db: Db): Promise<bigint> {
  const row = await db.changeCounter.findUnique({ where: { id: 1 }, select: { version: true } });
  return row?.version ?? 0n;
}

/** `compute()`'s result for `key`, reused while nothing has changed and the entry is fresh. */
export async function cachedUntilChange<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map<string, Entry<unknown>>()));
  const version = await changeVersion(db);
  const now = Date.now();
  const hit = cache.get(key) as Entry<T> | undefined;
  if (hit && hit.version === version && hit.expiresAt > now) {
    // Refresh its place in the least-recently-used order.
    cache.delete(key);
    cache.set(key, hit);
    return hit.value;
  }
  const value = compute();
  const entry: Entry<T> = { version, expiresAt: now + SCORECARD_CACHE_TTL_MS, value };
  cache.set(key, entry);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  // A failed computation is not kept.
  value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return value;
}
