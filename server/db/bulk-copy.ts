// Bulk loading with COPY, the fastest way into PostgreSQL, on both engines: a PostgreSQL server
// streams one COPY … FROM STDIN; PGlite takes COPY … FROM '/dev/blob' in chunks. Prisma has no
// COPY, so the database factory registers a loader for each client it creates.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Db } from "./create-database.ts";

/** Loads CSV lines (each ending in "\n") into `table (columns)`; returns the number of lines sent. */
export type CopyCsv = (table: string, columns: readonly string[], lines: AsyncIterable<string>) => Promise<number>;

const loaders = new WeakMap<Db, CopyCsv>();

export function registerCopyCsv(db: Db, loader: CopyCsv): void {
  loaders.set(db, loader);
}

export function copyCsvFor(db: Db): CopyCsv {
  const loader = loaders.get(db);
  if (!loader) throw new Error("This database client has no COPY loader: open it with createDatabase().");
  return loader;
}

function copyStatement(table: string, columns: readonly string[], source: string): string {
  const quoted = columns.map((column) => `"${column}"`).join(", ");
  return `COPY "${table}" (${quoted}) FROM ${source} WITH (FORMAT csv)`;
}

export function postgresCopyCsv(pool: pg.Pool): CopyCsv {
  return async (table, columns, lines) => {
    const client = await pool.connect();
    let count = 0;
    try {
      const counted = async function* () {
        for await (const line of lines) {
          count++;
          yield line;
        }
      };
      await pipeline(Readable.from(counted()), client.query(copyFrom(copyStatement(table, columns, "STDIN"))));
      return count;
    } finally {
      client.release();
    }
  };
}

/** PGlite reads a COPY source from a Blob; chunks keep memory flat for a million rows. */
export function pgliteCopyCsv(client: PGlite, linesPerChunk = 50_000): CopyCsv {
  return async (table, columns, lines) => {
    const sql = copyStatement(table, columns, "'/dev/blob'");
    let chunk: string[] = [];
    let count = 0;
    const flush = async () => {
      if (chunk.length === 0) return;
      await client.query(sql, [], { blob: new Blob(chunk) });
      chunk = [];
    };
    for await (const line of lines) {
      chunk.push(line);
      count++;
      if (chunk.length >= linesPerChunk) await flush();
    }
    await flush();
    return count;
  };
}
