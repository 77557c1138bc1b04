// Every PostgreSQL advisory lock the application takes, in one table so that no two share a key
// by accident (a shared key makes unrelated work wait for each other, or deadlock).
export const ADVISORY_LOCK = {
  /** Applying migrations (and granting the app role after them). */
  migration: 72_707_369,
  /** Closing, reopening and deciding in the period order. */
  periods: 72_707_370,
  /** Creating a scoring-policy version. */
  policyVersion: 72_707_371,
  /** A server's start-up: migrations and the demo seed, one server at a time. */
  startup: 72_707_372,
  /** Telling handlers about complaints at risk (one process at a time, so each is told once). */
  complaintAlerts: 72_707_373,
} as const;
