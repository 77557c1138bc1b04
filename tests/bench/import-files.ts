// The CSV the import measure uploads, and the same rows in the callback table's own columns for the
// plain COPY it is compared with.
import { createReadStream, createWriteStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "../../server/db/create-database.ts";
import { STAGING_COLUMNS } from "../../server/services/callback-imports/staging-line.ts";
import { periodBounds } from "../../shared/domain/periods.ts";

export async function writeImportFiles(db: Db, rows: number, periodKey: string) {
  const centers = await db.center.findMany({ select: { id: true, code: true }, orderBy: { id: "asc" } });
  const user = await db.user.findFirstOrThrow({ where: { role: "HQ_ADMIN" }, select: { id: true } });
  const csvPath = join(tmpdir(), `bench-import-${process.pid}.csv`);
  const tableCsvPath = join(tmpdir(), `bench-import-table-${process.pid}.csv`);
  const csv = createWriteStream(csvPath);
  const table = createWriteStream(tableCsvPath);
  const write = async (stream: NodeJS.WritableStream, line: string) => {
    if (!stream.write(line)) await new Promise((resolve) => stream.once("drain", resolve));
  };
  await write(
    csv,
    "work_order_no,center_code,called_at,outcome,rating,issue_resolved,price_explained,staff_courteous,comment\n",
  );
  // Call times spread over the current period up to an hour ago (never in the future).
  const start = periodBounds(periodKey).start.getTime();
  const span = Math.max(60_000, Date.now() - 3_600_000 - start);
  for (let i = 0; i < rows; i++) {
    const center = centers[i % centers.length]!;
    const calledAt = new Date(start + ((i * 7919) % span)).toISOString();
    const reached = i % 5 !== 0;
    const rating = reached ? String(1 + (i % 5)) : "";
    const yn = reached ? (i % 3 === 0 ? "N" : "Y") : "";
    const flag = yn === "" ? "" : yn === "Y" ? "t" : "f";
    const workOrder = `BENCHIMP${String(i).padStart(9, "0")}`;
    const outcome = reached ? "REACHED" : "UNREACHABLE";
    await write(csv, `${workOrder},${center.code},${calledAt},${outcome},${rating},${yn},${yn},${yn},\n`);
    await write(
      table,
      `${workOrder},${center.id},${calledAt},${periodKey},${outcome},${rating},${flag},${flag},${flag},,${user.id}\n`,
    );
  }
  await Promise.all([new Promise((r) => csv.end(r)), new Promise((r) => table.end(r))]);
  return {
    csvPath,
    tableCsvPath,
    // The callback's own columns: the staged ones without import and row numbers, plus who recorded it.
    tableColumns: [...STAGING_COLUMNS.slice(2), "recorded_by_id"],
  };
}

/** A file as pieces of whole lines (each ~1 MB read, cut after its last line break): COPY's fastest feed. */
export async function* linePiecesOf(path: string): AsyncGenerator<string> {
  let rest = "";
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1024 * 1024 })) {
    const text = rest + (chunk as string);
    const end = text.lastIndexOf("\n") + 1;
    if (end > 0) yield text.slice(0, end);
    rest = text.slice(end);
  }
  if (rest !== "") yield `${rest}\n`;
}
