// A CSV file's header row mapped to the columns an import knows: each column by its English or
// Chinese names (case and surrounding spaces ignored), a column named twice refused, the required
// ones demanded by their first name. Shared by every import (callbacks, complaints).
import { type MessageRef, ref } from "../messages/message-ref.ts";

export interface HeaderMap<Column extends string> {
  /** Column index of each known column found in the header. */
  index: Partial<Record<Column, number>>;
  /** The header text as the file spells it, per column, for error messages. */
  label: Partial<Record<Column, string>>;
}

export interface CsvColumns<Column extends string> {
  columns: readonly Column[];
  /** Accepted names per column, lower-case; the first is the canonical one messages cite. */
  aliases: Record<Column, readonly string[]>;
  required: readonly Column[];
}

export function mapCsvHeader<Column extends string>(
  header: readonly string[],
  { columns, aliases, required }: CsvColumns<Column>,
): { map: HeaderMap<Column> } | { error: MessageRef } {
  const map: HeaderMap<Column> = { index: {}, label: {} };
  let twice: MessageRef | null = null;
  header.forEach((raw, position) => {
    const text = raw.trim().toLowerCase();
    const column = columns.find((c) => c.toLowerCase() === text || aliases[c].includes(text));
    if (!column) return;
    const earlier = map.index[column];
    if (earlier !== undefined) {
      twice ??= ref("csv.headerTwice", { column, first: earlier + 1, second: position + 1 });
      return;
    }
    map.index[column] = position;
    map.label[column] = raw.trim();
  });
  if (twice) return { error: twice };
  const missing = required.filter((column) => map.index[column] === undefined);
  if (missing.length > 0) {
    const expected = missing.map((c) => aliases[c][0]).join(", ");
    return { error: ref("csv.headerMissing", { columns: expected }) };
  }
  return { map };
}

/** "english / 中文" per column, for the import page's list of columns. */
export function csvHeaderNames<Column extends string>({ columns, aliases }: CsvColumns<Column>): string {
  return columns
    .map((column) => {
      const names = aliases[column];
      return `${names[0]} / ${names.find((name) => /\p{Script=Han}/u.test(name)) ?? names[0]}`;
    })
    .join(", ");
}
