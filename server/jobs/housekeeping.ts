// Scratch data every server process tidies, at start-up and every five minutes: staged import rows
// no longer needed (and imports interrupted by a stopped process, failed first), and sign-in
// attempts older than the throttle's windows. Each step is safe to run from several processes at once.
import { removeOldSignInAttempts } from "../auth/sign-in-throttle.ts";
import type { Db } from "../db/create-database.ts";
import { removeObsoleteStaging } from "../services/callback-imports/staging-cleanup.ts";

const EVERY_MS = 5 * 60_000;

export function startHousekeeping(db: Db): void {
  const run = () => {
    for (const [what, step] of [
      ["Removing staged callback rows", () => removeObsoleteStaging(db)],
      ["Removing old sign-in attempts", () => removeOldSignInAttempts(db)],
    ] as const) {
      step().catch((error: unknown) =>
        process.emitWarning(`${what} failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  };
  run();
  setInterval(run, EVERY_MS).unref();
}
