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
