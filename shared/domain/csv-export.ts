// CSV for spreadsheets (Excel on Chinese Windows included): UTF-8 with a BOM so it opens as UTF-8,
// CRLF line ends, and formula-safe: a cell that starts with = + - @ (or a tab / carriage return)
// is prefixed with an apostrophe so a spreadsheet shows it as text instead of running it.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line, CRLF included: for files written a page at a time. */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** The byte-order mark that starts every file (Excel reads it as "this is UTF-8"). */
export const CSV_BOM = "\uFEFF";

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return CSV_BOM + [header, ...rows].map(csvLine).join("");
}
