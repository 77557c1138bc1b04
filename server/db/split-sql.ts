// Splits a migration script into single statements. The driver adapters can only run one statement
// per query, and their own script runners split naively on ";" (which breaks function bodies).
// This splitter respects quoted strings, quoted identifiers, dollar-quoted bodies and comments.

export function splitSqlStatements(script: string): string[] {
  const statements: string[] = [];
  let current = "";
  let i = 0;
  while (i < script.length) {
    const ch = script[i]!;
    const next = script[i + 1];
    if (ch === "-" && next === "-") {
      const end = script.indexOf("\n", i);
      i = end === -1 ? script.length : end + 1;
      current += "\n";
      continue;
    }
    if (ch === "/" && next === "*") {
      const end = script.indexOf("*/", i + 2);
      i = end === -1 ? script.length : end + 2;
      current += " ";
      continue;
    }
    if (ch === "'" || ch === '"') {
      const end = findClosingQuote(script, i, ch);
      current += script.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "$") {
      const tag = /^\$[A-Za-z_]*\$/.exec(script.slice(i))?.[0];
      if (tag) {
        const end = script.indexOf(tag, i + tag.length);
        const stop = end === -1 ? script.length : end + tag.length;
        current += script.slice(i, stop);
        i = stop;
        continue;
      }
    }
    if (ch === ";") {
      pushStatement(statements, current);
      current = "";
      i += 1;
      continue;
    }
    current += ch;
    i += 1;
  }
  pushStatement(statements, current);
  return statements;
}

function findClosingQuote(script: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < script.length) {
    if (script[i] === quote) {
      if (script[i + 1] === quote) {
        i += 2; // doubled quote inside the literal
        continue;
      }
      return i + 1;
    }
    i += 1;
  }
  return script.length;
}

function pushStatement(statements: string[], text: string): void {
  const trimmed = text.trim();
  if (trimmed.length > 0) statements.push(trimmed);
}
