// What every server process does at start-up and every five minutes: tidy scratch data (staged
// import rows no longer needed, imports interrupted by a stopped process, sign-in attempts older than
// the throttle's windows) and tell handlers about complaints at risk. Each step is safe to run from
// several processes at once.
import { removeOldSignInAttempts } from "../auth/sign-in-throttle.ts";
import type { Db } from "../db/create-database.ts";
import { removeObsoleteStaging } from "../services/imports/staging-cleanup.ts";
import { alertComplaintsAtRisk } from "../services/complaints/alert-complaints-at-risk.ts";

const EVERY_MS = 5 * 60_000;

export function startHousekeeping(db: Db): void {
  const run = () => {
    for (const [what, step] of [
      ["Removing staged callback rows", () => removeObsoleteStaging(db)],
      ["Removing old sign-in attempts", () => removeOldSignInAttempts(db)],
      ["Telling handlers about complaints at risk", () => alertComplaintsAtRisk(db)],
    ] as const) {
      step().catch((error: unknown) =>
        process.emitWarning(`${what} failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
  };
  run();
  setInterval(run, EVERY_MS).unref();
}
