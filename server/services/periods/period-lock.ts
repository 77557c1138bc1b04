// Closes and reopens take this transaction-scoped advisory lock, so two of them at the same moment
// run one after the other: the second sees the first's result ("already closed") and changes nothing.
import { ADVISORY_LOCK } from "../../db/advisory-locks.ts";
import type { DbTransaction } from "../../db/create-database.ts";

const PERIOD_LOCK_KEY = ADVISORY_LOCK.periods;

export async function lockPeriods(tx: DbTransaction): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(${PERIOD_LOCK_KEY}::bigint)::text`;
}

/** Closing thousands of centers takes a while on a busy machine; do not let Prisma's 5 s default abort it. */
export const PERIOD_TRANSACTION_OPTIONS = { timeout: 600_000, maxWait: 600_000 } as const;
