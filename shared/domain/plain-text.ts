// What text may hold (DOMAIN.md, Bad input): no control characters (line breaks and tabs only
// where a field is multi-line), no unpaired UTF-16 surrogates (they cannot be stored as UTF-8), and
// no U+FFFD, which is what a decoder leaves where bytes could not be read in the file's encoding.

import { type MessageRef, ref } from "../messages/message-ref.ts";

export type TextProblem =
  | { kind: "CONTROL_CHARACTER"; codePoint: string }
  | { kind: "UNPAIRED_SURROGATE"; codePoint: string }
  | { kind: "UNREADABLE_BYTES" };

// Control characters are what these patterns are about.
/* eslint-disable no-control-regex */
// C0 controls and DEL, except tab, line feed and carriage return; and C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const hex = (char: string) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

// One test that almost every string fails, so the common case costs a single scan (a million CSV rows).
const SUSPECT = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFD]/;
const CONTROL_OR_UNREADABLE_ALL = /[\u0000-\u001F\u007F-\u009F\uFFFD]/g;
/* eslint-enable no-control-regex */
const UNPAIRED_SURROGATE_ALL = new RegExp(UNPAIRED_SURROGATE.source, "g");

/** The text without anything textProblem would refuse (for names we keep rather than refuse, e.g. a file's). */
export function withoutUnsafeCharacters(text: string): string {
  return text.replace(CONTROL_OR_UNREADABLE_ALL, "").replace(UNPAIRED_SURROGATE_ALL, "");
}

export function textProblem(text: string, { multiline = false }: { multiline?: boolean } = {}): TextProblem | null {
  if (!SUSPECT.test(text)) return null;
  const control = CONTROL.exec(text) ?? (multiline ? null : LINE_BREAK_OR_TAB.exec(text));
  if (control) return { kind: "CONTROL_CHARACTER", codePoint: hex(control[0]) };
  const surrogate = UNPAIRED_SURROGATE.exec(text);
  if (surrogate) return { kind: "UNPAIRED_SURROGATE", codePoint: hex(surrogate[0]) };
  if (text.includes("\uFFFD")) return { kind: "UNREADABLE_BYTES" };
  return null;
}

export function textProblemMessage(problem: TextProblem): MessageRef {
  switch (problem.kind) {
    case "CONTROL_CHARACTER":
      return ref("text.controlCharacter", { codePoint: problem.codePoint });
    case "UNPAIRED_SURROGATE":
      return ref("text.unpairedSurrogate", { codePoint: problem.codePoint });
    case "UNREADABLE_BYTES":
      return ref("text.unreadableBytes");
  }
}
