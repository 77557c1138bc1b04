// An unexpected error (a bug, a database that went away) reaches the user as a plain sentence with
// an error id they can quote; the log gets the error itself under the same id. No file path, stack,
// SQL or Prisma message ever leaves the server.
import { randomUUID } from "node:crypto";

export function newErrorId(): string {
  return randomUUID().slice(0, 8);
}

const ids = new WeakMap<object, string>();

/** The id given to this error when it was logged (tRPC logs in onError, then formats the answer). */
export function errorIdOf(error: object): string {
  let id = ids.get(error);
  if (!id) ids.set(error, (id = newErrorId()));
  return id;
}
