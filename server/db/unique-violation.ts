// Whether a failed raw statement broke a unique constraint. The two driver adapters report it in
// different shapes (PGlite: the PostgreSQL code; adapter-pg: a classified kind), so both are read.
import { Prisma } from "./generated/client.ts";

interface AdapterCause {
  code?: string;
  originalCode?: string;
  kind?: string;
}

export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const cause = (error.meta?.driverAdapterError as { cause?: AdapterCause } | undefined)?.cause;
  return cause?.code === "23505" || cause?.originalCode === "23505" || cause?.kind === "UniqueConstraintViolation";
}

/**
 * Runs `write`. When it breaks a unique index, a concurrent write of the same key committed first
 * (a check before the insert cannot see an uncommitted row): `explain` then throws the refusal that
 * check gives now that the other row is visible, or `fallback` when it finds nothing.
 */
export async function refusingUniqueViolation<T>(
  write: () => Promise<T>,
  explain: () => Promise<void>,
  fallback: () => Error,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await explain();
    throw fallback();
  }
}
