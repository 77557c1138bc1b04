import { DEFAULT_TIME_ZONE } from "../../shared/domain/periods.ts";

/** DOMAIN.md's default scoring policy (version 1). */
export const DEFAULT_POLICY = {
  threshold: 80,
  weightVisits: 40,
  weightCallbacks: 30,
  weightSpotChecks: 30,
  minVisits: 1,
  minCallbacks: 10,
  minSpotChecks: 1,
  criticalFailCap: 0,
  correctiveDays: 30,
  failuresToRevoke: 2,
  timeZone: DEFAULT_TIME_ZONE,
};
