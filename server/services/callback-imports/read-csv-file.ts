// Streams a CSV file's records with their line numbers, whatever the call center's export used:
// UTF-8 with or without BOM, or GB18030 (Excel on Chinese Windows).
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { parse } from "csv-parse";

export type CsvEncoding = "utf-8" | "gb18030";

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const GB18030_BOM = [0x84, 0x31, 0x95, 0x33];

export async function detectEncoding(path: string): Promise<{ encoding: CsvEncoding; bomLength: number }> {
  const handle = await open(path, "r");
  try {
    const sample = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(sample, 0, sample.length, 0);
    const bytes = sample.subarray(0, bytesRead);
    if (UTF8_BOM.every((b, i) => bytes[i] === b)) return { encoding: "utf-8", bomLength: 3 };
    if (GB18030_BOM.every((b, i) => bytes[i] === b)) return { encoding: "gb18030", bomLength: 4 };
    try {
      // stream: true tolerates a character cut in half at the end of the sample.
      new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
      return { encoding: "utf-8", bomLength: 0 };
    } catch {
      return { encoding: "gb18030", bomLength: 0 };
    }
  } finally {
    await handle.close();
  }
}

export interface CsvRecord {
  /** The file line the record ends on (the header is line 1). */
  line: number;
  cells: string[];
}

/** The file stops being CSV at `line` (an unclosed quote, a row over 64 KB): nothing after it can be read. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const SYNTAX_PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "a quoted cell starts here and is never closed",
  CSV_INVALID_CLOSING_QUOTE: 'a quote inside a quoted cell must be doubled ("")',
  CSV_MAX_RECORD_SIZE: "the row is longer than 64 KB",
};

/**
 * The file's records, a chunk of the file at a time: each 1 MB read is parsed synchronously and
 * handed over as one batch, so a million rows cost a few hundred awaits, not a million.
 */
export async function* readCsvRecordBatches(
  path: string,
  encoding: CsvEncoding,
  bomLength: number,
): AsyncGenerator<CsvRecord[]> {
  const bytes = createReadStream(path, { start: bomLength, highWaterMark: 1024 * 1024 });
  // csv-parse reads UTF-8 bytes itself; GB18030 is decoded to text first.
  const source = encoding === "utf-8" ? bytes : Readable.from(decodeGb18030(bytes));
  const parser = parse({ relax_column_count: true, max_record_size: 64 * 1024 });
  let failure: (Error & { code?: string }) | null = null;
  parser.on("error", (error: Error) => (failure = error));
  // Line numbers are counted here (csv-parse's own `info` costs about as much as the parsing):
  // one per record plus any line breaks inside quoted cells. Blank lines are skipped but counted.
  let line = 0;
  const drain = (): CsvRecord[] => {
    const batch: CsvRecord[] = [];
    let cells: string[] | null;
    while ((cells = parser.read() as string[] | null) !== null) {
      line += 1;
      const first = line;
      for (const cell of cells) if (cell.includes("\n")) line += cell.split("\n").length - 1;
      if (cells.length === 1 && cells[0] === "") continue;
      batch.push({ line: first, cells });
    }
    if (failure) {
      const problem = SYNTAX_PROBLEMS[failure.code ?? ""] ?? failure.message;
      throw new CsvSyntaxError(line + 1, `The file cannot be read as CSV from here: ${problem}.`);
    }
    return batch;
  };
  // Writing to the parser parses synchronously; its records are read back straight away.
  for await (const chunk of source) {
    parser.write(chunk);
    yield drain();
  }
  await new Promise<void>((resolve) => parser.end(resolve));
  yield drain();
}

async function* decodeGb18030(bytes: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder("gb18030");
  for await (const chunk of bytes) yield decoder.decode(chunk, { stream: true });
  yield decoder.decode();
}
