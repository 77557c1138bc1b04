// The 24-hour clock of shared/domain/complaint-clock.ts as SQL, for what must be decided over many
// complaints at once: the queue's order and clock filter, the desk's counts, adherence. The
// integration tests hold it equal to clockAt for every state and boundary.
import { AT_RISK_HOURS, INTERVENTION_HOURS } from "../../../shared/domain/complaint-clock.ts";
import { Prisma } from "../../db/generated/client.ts";
import { INTERVENTION_KINDS } from "./complaint-view.ts";

const kinds = Prisma.join(INTERVENTION_KINDS.map((k) => Prisma.sql`${k}::"ComplaintEventKind"`));

/** The first intervention of the current cycle of complaint `k` (center `c` stays the center's alias). */
export function interventionAtSql(): Prisma.Sql {
  return Prisma.sql`(SELECT min(e.at) FROM complaint_event e
    WHERE e.complaint_id = k.id AND e.cycle = k.cycle AND e.kind IN (${kinds}))`;
}

/** The state of a clock that started at `startedAt` and was met at `metAt` (null: not yet), as of `now`. */
export function clockStateSql(startedAt: Prisma.Sql, metAt: Prisma.Sql, now: Date): Prisma.Sql {
  const due = Prisma.sql`(${startedAt} + make_interval(hours => ${INTERVENTION_HOURS}))`;
  return Prisma.sql`CASE
    WHEN ${metAt} IS NOT NULL AND ${metAt} <= ${now}::timestamptz
      THEN CASE WHEN ${metAt} <= ${due} THEN 'MET' ELSE 'BREACHED' END
    WHEN ${now}::timestamptz > ${due} THEN 'BREACHED'
    WHEN ${due} - ${now}::timestamptz <= make_interval(hours => ${AT_RISK_HOURS}) THEN 'AT_RISK'
    ELSE 'RUNNING' END`;
}
