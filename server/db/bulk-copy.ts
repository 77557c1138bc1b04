// Bulk loading with COPY, the fastest way into PostgreSQL, on both engines: a PostgreSQL server
// streams one COPY … FROM STDIN; PGlite takes COPY … FROM '/dev/blob' in chunks. Prisma has no
// COPY, so the database factory registers a loader for each client it creates.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { Db } from "./create-database.ts";

/** Loads CSV into `table (columns)`, given as pieces of whole lines (each piece ends with "\n"). */
export type CopyCsv = (table: string, columns: readonly string[], pieces: AsyncIterable<string>) => Promise<void>;

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
  return async (table, columns, pieces) => {
    const client = await pool.connect();
    try {
      await pipeline(Readable.from(pieces), client.query(copyFrom(copyStatement(table, columns, "STDIN"))));
    } finally {
      client.release();
    }
  };
}

/** PGlite reads a COPY source from a Blob; chunks of ~4 MB keep memory flat for a million rows. */
export function pgliteCopyCsv(client: PGlite, charsPerChunk = 4 * 1024 * 1024): CopyCsv {
  return async (table, columns, pieces) => {
    const sql = copyStatement(table, columns, "'/dev/blob'");
    let chunk: string[] = [];
    let size = 0;
    const flush = async () => {
      if (chunk.length === 0) return;
      await client.query(sql, [], { blob: new Blob(chunk) });
      chunk = [];
      size = 0;
    };
    for await (const piece of pieces) {
      chunk.push(piece);
      size += piece.length;
      if (size >= charsPerChunk) await flush();
    }
    await flush();
  };
}
