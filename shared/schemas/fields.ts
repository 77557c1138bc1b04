// The two field types every input is built from (DOMAIN.md, Bad input): ids within the bounds of
// the database's 32-bit columns, and text that can be stored (no control characters other than
// line breaks and tabs, no unpaired surrogates). A value outside them is refused at its field with
// a message, instead of failing in the database.
import { z } from "zod";
import { textProblem, textProblemMessage } from "../domain/plain-text.ts";
import type { MessageKey } from "../messages/message-ref.ts";

/** The largest value of a PostgreSQL integer column (every id here is one). */
export const MAX_ID = 2_147_483_647;

/** A record's id: a whole number from 1 to MAX_ID. */
export function zId(message: MessageKey = "input.validRecord") {
  return z
    .number({ error: message })
    .int({ error: message })
    .positive({ error: message })
    .max(MAX_ID, { error: message });
}

/** Text as people type it, line breaks allowed; refined further (trim, max, regex) by the caller. */
export function zText(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).check((ctx) => {
    const problem = textProblem(ctx.value, { multiline: true });
    if (problem) ctx.issues.push({ code: "custom", input: ctx.value, ...textProblemIssue(problem) });
  });
}

function textProblemIssue(problem: NonNullable<ReturnType<typeof textProblem>>) {
  const message = textProblemMessage(problem);
  return { message: message.key, params: message.params };
}
