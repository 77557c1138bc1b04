// The hotline's CSV export as an import kind (DOMAIN-2.md, Complaints). Every row is a HOTLINE
// complaint; importing is idempotent by channel + reference: a ticket already stored (recorded by
// hand, or by an earlier export that overlaps this one) is skipped and counted, never stored twice,
// while a ticket twice in the same file is an error. A complaint about a closed month or a center
// revoked since still comes in (as when recorded by hand): it does not change that month's scores.
import {
  type ComplaintHeaderMap,
  mapComplaintHeader,
  type ValidComplaintRow,
  validateComplaintRow,
} from "../../../shared/domain/complaint-csv.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import type { Db } from "../../db/create-database.ts";
import type { CsvImportKind } from "../imports/import-kind.ts";
import { readImportContext } from "../imports/import-context.ts";
import { networkTimeZone } from "../policy/policy-record.ts";

export const COMPLAINT_STAGING_COLUMNS = [
  "import_id",
  "row_no",
  "channel_ref",
  "received_at",
  "period_key",
  "center_id",
  "work_order_no",
  "category",
  "customer_name",
  "customer_phone",
  "description",
] as const;

/** One valid row as a line of CSV for COPY (text quoted, empty for null). */
export function complaintStagingLine(importId: number, rowNo: number, row: ValidComplaintRow): string {
  const text = (value: string | null) => (value === null ? "" : `"${value.replaceAll('"', '""')}"`);
  return (
    [
      importId,
      rowNo,
      text(row.channelRef),
      row.receivedAt.toISOString(),
      row.periodKey,
      row.centerId,
      text(row.workOrderNo),
      row.category,
      text(row.customerName),
      text(row.customerPhone),
      text(row.description),
    ].join(",") + "\n"
  );
}

export const COMPLAINT_IMPORT: CsvImportKind<ValidComplaintRow, ComplaintHeaderMap> = {
  kind: "COMPLAINTS",
  permission: "complaints.import",
  stagingTable: "complaint_import_staging",
  stagingColumns: COMPLAINT_STAGING_COLUMNS,
  auditAction: "COMPLAINTS_IMPORTED",
  auditEntityType: "complaint_import",

  async rowRules(db: Db, user, now) {
    // Like recording by hand: a complaint comes in about a closed month too.
    const timeZone = await networkTimeZone(db);
    const context = { ...(await readImportContext(db, user, now, timeZone)), isClosed: () => false };
    return {
      mapHeader: mapComplaintHeader,
      validateRow: (cells, header) => validateComplaintRow(cells, header, context),
      uniqueKey: (row) => row.channelRef,
      uniqueColumn: (header) => header.label.channelRef ?? "ticket_no",
      duplicateInFile: (row, firstRow) => ref("csv.ticketTwiceInFile", { channelRef: row.channelRef, firstRow }),
      stagingLine: complaintStagingLine,
    };
  },

  async findStagingProblems(db, { importId }) {
    const [stored] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n
      FROM complaint_import_staging s
      JOIN complaint c ON c.channel = 'HOTLINE' AND c.channel_ref = s.channel_ref
      WHERE s.import_id = ${importId}`;
    return { listed: [], total: 0, alreadyStored: stored?.n ?? 0 };
  },

  async storeStaged(tx, { importId, user, now, rowCount }) {
    // A ticket stored since validation is skipped like one stored before it: ON CONFLICT keeps the
    // first. Each stored complaint gets its RECORDED timeline entry in the same statement.
    const inserted = await tx.$executeRaw`
      WITH stored AS (
        INSERT INTO complaint (channel, channel_ref, received_at, period_key, center_id, work_order_no, category,
                               customer_name, customer_phone, description, cycle_started_at, created_by_id,
                               import_id, updated_at)
        SELECT 'HOTLINE', channel_ref, received_at, period_key, center_id, work_order_no, category,
               customer_name, customer_phone, description, received_at, ${user.id}, import_id, ${now}
        FROM complaint_import_staging WHERE import_id = ${importId}
        ORDER BY row_no
        ON CONFLICT (channel, channel_ref) DO NOTHING
        RETURNING id
      )
      INSERT INTO complaint_event (complaint_id, cycle, kind, at, actor_id)
      SELECT id, 0, 'RECORDED', ${now}, ${user.id} FROM stored`;
    return { inserted, skipped: rowCount - inserted };
  },

  storedMessage: ({ inserted, skipped }) =>
    skipped > 0
      ? ref("import.complaintsStoredSomeSkipped", { count: inserted, skipped })
      : ref("import.complaintsStored", { count: inserted }),
};
