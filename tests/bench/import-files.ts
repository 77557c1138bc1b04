// The CSV the import measure uploads, and the same rows in the callback table's own columns for the
// plain COPY it is compared with.
import { createReadStream, createWriteStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "../../server/db/create-database.ts";
import { STAGING_COLUMNS } from "../../server/services/callback-imports/staging-line.ts";
import { COMPLAINT_STAGING_COLUMNS } from "../../server/services/complaints/complaint-import-kind.ts";
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

/** The hotline's export (Chinese headers, as its system writes them) and the same complaints as COPY input. */
export async function writeHotlineImportFiles(db: Db, rows: number, periodKey: string) {
  const centers = await db.center.findMany({ select: { id: true, code: true }, orderBy: { id: "asc" } });
  const user = await db.user.findFirstOrThrow({ where: { role: "HQ_ADMIN" }, select: { id: true } });
  const [{ next } = { next: 1 }] = await db.$queryRaw<{ next: number }[]>`
    SELECT coalesce(max(id), 0)::int + 1 AS next FROM complaint`;
  const csvPath = join(tmpdir(), `bench-hotline-${process.pid}.csv`);
  const complaintsPath = join(tmpdir(), `bench-hotline-complaints-${process.pid}.csv`);
  const eventsPath = join(tmpdir(), `bench-hotline-events-${process.pid}.csv`);
  const csv = createWriteStream(csvPath);
  const complaints = createWriteStream(complaintsPath);
  const events = createWriteStream(eventsPath);
  const write = async (stream: NodeJS.WritableStream, line: string) => {
    if (!stream.write(line)) await new Promise((resolve) => stream.once("drain", resolve));
  };
  await write(csv, "投诉单号,来电时间,服务中心编码,维修工单号,投诉类别,客户姓名,联系电话,投诉内容\n");
  const categories = [
    ["服务态度", "ATTITUDE"],
    ["乱收费", "OVERCHARGE"],
    ["维修质量", "REPAIR_QUALITY"],
    ["等待时间", "WAITING_TIME"],
  ] as const;
  const description = "维修后屏幕仍有亮点，客户要求返修并解释收费明细";
  const start = periodBounds(periodKey).start.getTime();
  const span = Math.max(60_000, Date.now() - 3_600_000 - start);
  const now = new Date().toISOString();
  for (let i = 0; i < rows; i++) {
    const center = centers[i % centers.length]!;
    const receivedAt = new Date(start + ((i * 7919) % span)).toISOString();
    const [word, code] = categories[i % categories.length]!;
    const phone = `138${String(i % 100_000_000).padStart(8, "0")}`;
    await write(
      csv,
      `BENCHHL${String(i).padStart(9, "0")},${receivedAt},${center.code},,${word},王先生,${phone},${description}\n`,
    );
    // The plain COPY stores the same complaints under other tickets, with explicit ids for their events.
    const id = next + i;
    await write(
      complaints,
      `${id},HOTLINE,BENCHCP${String(i).padStart(9, "0")},${receivedAt},${periodKey},${center.id},,${code},王先生,${phone},${description},${receivedAt},${user.id},${now}\n`,
    );
    await write(events, `${id},0,RECORDED,${now},${user.id}\n`);
  }
  await Promise.all([csv, complaints, events].map((stream) => new Promise((r) => stream.end(r))));
  return {
    csvPath,
    complaintsPath,
    eventsPath,
    // The complaint's own columns: the staged ones without import and row numbers, around them what
    // storing adds (its id and channel, its clock's start, who recorded it, when).
    complaintColumns: [
      "id",
      "channel",
      ...COMPLAINT_STAGING_COLUMNS.slice(2),
      "cycle_started_at",
      "created_by_id",
      "updated_at",
    ],
    eventColumns: ["complaint_id", "cycle", "kind", "at", "actor_id"],
  };
}
