// The sign-in throttle: failed attempts are counted by client address and by account, in the
// database, so every server process on it counts the same attempts and a restart forgets nothing.
// Successful sign-ins are not counted: colleagues behind one office address all get in. The check
// runs before the input is even read, so a flood of malformed requests is refused like any other.
import type { Db } from "../db/create-database.ts";

export const SIGN_IN_LIMITS = {
  /** Failures from one address (an office shares one): a guessing script is stopped here. */
  perAddress: { windowS: 10 * 60, max: 20 },
  /** Failures naming one account, from any address: many addresses guessing one password. */
  perAccount: { windowS: 15 * 60, max: 8 },
} as const;

export type ThrottleVerdict =
  { limited: false } | { limited: true; by: "address" | "account"; retryAfterS: number; firstRefusal: boolean };

const since = (windowS: number, now: Date) => new Date(now.getTime() - windowS * 1000);

/** The account key: e-mails are compared as the sign-in compares them (trimmed, lower-case). */
export function accountKey(email: string | null): string | null {
  const key = email?.trim().toLowerCase() ?? "";
  return key === "" ? null : key;
}

/**
 * Whether an attempt from `ip` naming `email` (null: before the input is read) must be refused.
 * `firstRefusal` says no refusal of this key was recorded in its window yet: only that one is audited,
 * so a flood leaves one audit entry, not thousands.
 */
export async function checkSignInThrottle(
  db: Db,
  { ip, email }: { ip: string; email: string | null },
  now = new Date(),
): Promise<ThrottleVerdict> {
  const byAddress = await countAttempts(db, { ip }, SIGN_IN_LIMITS.perAddress.windowS, now);
  if (byAddress.failed >= SIGN_IN_LIMITS.perAddress.max)
    return refusal("address", SIGN_IN_LIMITS.perAddress.windowS, byAddress, now);
  const account = accountKey(email);
  if (account === null) return { limited: false };
  const byAccount = await countAttempts(db, { email: account }, SIGN_IN_LIMITS.perAccount.windowS, now);
  if (byAccount.failed >= SIGN_IN_LIMITS.perAccount.max)
    return refusal("account", SIGN_IN_LIMITS.perAccount.windowS, byAccount, now);
  return { limited: false };
}

/** Counts a failed attempt (bad input, wrong password, unknown or deactivated account). */
export async function recordFailedSignIn(db: Db, { ip, email }: { ip: string; email: string | null }): Promise<void> {
  await db.signInAttempt.create({ data: { ip, email: accountKey(email), outcome: "FAILED" } });
}

/** Marks a key as refused in its window (an address: `email` null), so its next refusals are not audited again. */
export async function recordRefusedSignIn(db: Db, { ip, email }: { ip: string; email: string | null }): Promise<void> {
  await db.signInAttempt.create({ data: { ip, email: accountKey(email), outcome: "LIMITED" } });
}

/** Attempts older than every window count for nothing; removed by the periodic clean-up. */
export async function removeOldSignInAttempts(db: Db, now = new Date()): Promise<number> {
  const longest = Math.max(SIGN_IN_LIMITS.perAddress.windowS, SIGN_IN_LIMITS.perAccount.windowS);
  const { count } = await db.signInAttempt.deleteMany({ where: { at: { lt: since(longest, now) } } });
  return count;
}

interface AttemptCounts {
  failed: number;
  refused: number;
  oldestFailure: Date | null;
}

async function countAttempts(
  db: Db,
  key: { ip: string } | { email: string },
  windowS: number,
  now: Date,
): Promise<AttemptCounts> {
  // An address's own refusals are recorded without an e-mail; an account's refusals name it.
  const refusalsOfKey = "ip" in key ? { outcome: "LIMITED" as const, email: null } : { outcome: "LIMITED" as const };
  const groups = await db.signInAttempt.groupBy({
    by: ["outcome"],
    where: { ...key, at: { gte: since(windowS, now) }, OR: [{ outcome: "FAILED" }, refusalsOfKey] },
    _count: { _all: true },
    _min: { at: true },
  });
  const failed = groups.find((g) => g.outcome === "FAILED");
  const refused = groups.find((g) => g.outcome === "LIMITED");
  return {
    failed: failed?._count._all ?? 0,
    refused: refused?._count._all ?? 0,
    oldestFailure: failed?._min.at ?? null,
  };
}

function refusal(by: "address" | "account", windowS: number, counts: AttemptCounts, now: Date): ThrottleVerdict {
  // The window slides: the refusal lasts until the oldest counted failure leaves it.
  const freesAt = (counts.oldestFailure?.getTime() ?? now.getTime()) + windowS * 1000;
  return {
    limited: true,
    by,
    retryAfterS: Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000)),
    firstRefusal: counts.refused === 0,
  };
}
