// Large raw reads (a row per center: 5,000 of them) come back as one JSON value built by the
// database and parsed once, instead of thousands of rows decoded one by one by the driver and
// Prisma: the decoding was a good part of a scorecard's or a close's time. Only for rows whose
// values are JSON-native (numbers, text, booleans, nulls): timestamps and numerics would arrive as text.
import type { DbReader } from "./create-database.ts";
import { Prisma } from "./generated/client.ts";

export async function queryJsonRows<T>(db: DbReader, query: Prisma.Sql, orderBy?: Prisma.Sql): Promise<T[]> {
  const order = orderBy ? Prisma.sql` ORDER BY ${orderBy}` : Prisma.empty;
  const [row] = await db.$queryRaw<{ rows: string }[]>`
    SELECT coalesce(json_agg(t${order}), '[]')::text AS rows FROM (${query}) t`;
  return JSON.parse(row!.rows) as T[];
}
