// Streams a CSV file's records with their line numbers, whatever the call center's export used:
// UTF-8 with or without BOM, GB18030 (Excel on Chinese Windows), or UTF-16 with its BOM ("Unicode
// text" from Excel). Without a BOM the encoding is taken only when the bytes leave no doubt: strict
// UTF-8, else strict GB18030; anything else is refused, never guessed (a Latin-1 file would be
// stored as mojibake).
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { type MessageRef, ref } from "../../../shared/messages/message-ref.ts";

export type CsvEncoding = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

const BOMS: { bytes: number[]; encoding: CsvEncoding | null }[] = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: null }, // UTF-32 LE: not accepted
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: null }, // UTF-32 BE
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: "gb18030" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

export type DetectedEncoding = { encoding: CsvEncoding; bomLength: number } | { refused: MessageRef };

export async function detectEncoding(path: string): Promise<DetectedEncoding> {
  const handle = await open(path, "r");
  try {
    const sample = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(sample, 0, sample.length, 0);
    return encodingOf(sample.subarray(0, bytesRead), bytesRead < sample.length);
  } finally {
    await handle.close();
  }
}

/** The encoding of a file from its first bytes (`whole`: the sample is the entire file). */
export function encodingOf(bytes: Uint8Array, whole: boolean): DetectedEncoding {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (bom?.encoding) return { encoding: bom.encoding, bomLength: bom.bytes.length };
  if (bom) return { refused: ref("csv.utf32") };
  // UTF-16 without its BOM shows as text full of zero bytes: say so instead of reading garbage.
  const zeros = bytes.reduce((count, byte) => count + (byte === 0 ? 1 : 0), 0);
  if (bytes.length > 0 && zeros / bytes.length > 0.2) {
    return {
      refused: ref("csv.utf16NoBom"),
    };
  }
  // stream: true tolerates a character cut in half at the end of a partial sample.
  if (decodesStrictly("utf-8", bytes, whole)) return { encoding: "utf-8", bomLength: 0 };
  if (decodesStrictly("gb18030", bytes, whole)) return { encoding: "gb18030", bomLength: 0 };
  return {
    refused: ref("csv.unknownEncoding"),
  };
}

function decodesStrictly(encoding: string, bytes: Uint8Array, whole: boolean): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: !whole });
    return true;
  } catch {
    return false;
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
    readonly problem: MessageRef,
  ) {
    super(`CSV syntax error at line ${line}: ${problem.key}`);
  }
}

const SYNTAX_PROBLEMS: Record<string, MessageRef> = {
  CSV_QUOTE_NOT_CLOSED: ref("csv.quoteNotClosed"),
  CSV_INVALID_CLOSING_QUOTE: ref("csv.badClosingQuote"),
  CSV_MAX_RECORD_SIZE: ref("csv.rowTooLong"),
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
  // csv-parse reads UTF-8 bytes itself; the others are decoded to text first. Bytes that do not
  // decode become U+FFFD, which the row checks report by row and column.
  const source = encoding === "utf-8" ? bytes : Readable.from(decodeText(bytes, encoding));
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
      throw new CsvSyntaxError(line + 1, SYNTAX_PROBLEMS[failure.code ?? ""] ?? ref("csv.unreadable"));
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

async function* decodeText(bytes: AsyncIterable<Buffer>, encoding: CsvEncoding): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of bytes) yield decoder.decode(chunk, { stream: true });
  yield decoder.decode();
}
