// Staged rows are scratch data. Once their import is committed they are copies, and a validation
// nobody committed within a day has expired; both are removed, as are the rows of imports that
// failed (interrupted ones are marked failed first). A million rows take seconds to delete, so this
// runs after a commit has answered, at start-up and every few minutes, never inside the commit.
import type { Db } from "../../db/create-database.ts";
import { failInterruptedImports } from "./import-lifecycle.ts";

/** How long a validated import can wait for its commit. */
export const VALIDATION_LIFETIME_MS = 24 * 3_600_000;

export async function removeObsoleteStaging(db: Db, now = new Date()): Promise<number> {
  await failInterruptedImports(db, now);
  const expired = new Date(now.getTime() - VALIDATION_LIFETIME_MS);
  const callbacks = await db.$executeRaw`
    DELETE FROM callback_import_staging s USING csv_import i
    WHERE s.import_id = i.id
      AND (i.status IN ('COMMITTED', 'FAILED', 'REJECTED') OR (i.status = 'VALIDATED' AND i.created_at < ${expired}))`;
  const complaints = await db.$executeRaw`
    DELETE FROM complaint_import_staging s USING csv_import i
    WHERE s.import_id = i.id
      AND (i.status IN ('COMMITTED', 'FAILED', 'REJECTED') OR (i.status = 'VALIDATED' AND i.created_at < ${expired}))`;
  return callbacks + complaints;
}

/** Starts the clean-up without waiting for it; a failure is reported, never thrown at a caller. */
export function removeObsoleteStagingLater(db: Db): void {
  removeObsoleteStaging(db).catch((error: unknown) =>
    process.emitWarning(
      `Removing staged import rows failed: ${error instanceof Error ? error.message : String(error)}`,
    ),
  );
}
