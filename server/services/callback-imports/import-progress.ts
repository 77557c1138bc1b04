// How far an upload's validation has got, for the progress bar of a large file. Kept in memory:
// it only matters while the request runs, on the server that runs it.
export interface ImportProgress {
  phase: "VALIDATING" | "CHECKING" | "DONE";
  rowsRead: number;
}

const progress = new Map<string, ImportProgress>();
const key = (userId: string, token: string) => `${userId}:${token}`;

export function reportProgress(userId: string, token: string | null, value: ImportProgress): void {
  if (!token) return;
  progress.set(key(userId, token), value);
  // Forget finished uploads after a minute.
  if (value.phase === "DONE") setTimeout(() => progress.delete(key(userId, token)), 60_000).unref();
}

export function readProgress(userId: string, token: string): ImportProgress | null {
  return progress.get(key(userId, token)) ?? null;
}
