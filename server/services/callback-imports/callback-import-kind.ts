// The call center's callback file as an import kind (DOMAIN.md, Callbacks and Bad input): a work
// order appears once in the file and is never stored twice (a stored one rejects the file); rows
// need an open period and a center in the user's regions that is not revoked.
import {
  type HeaderMap,
  mapHeader,
  type ValidCallbackRow,
  validateCallbackRow,
} from "../../../shared/domain/callback-csv.ts";
import { ref } from "../../../shared/messages/message-ref.ts";
import type { Db } from "../../db/create-database.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { domainError } from "../../errors.ts";
import type { CsvImportKind } from "../imports/import-kind.ts";
import { closedPeriodSet, readImportContext } from "../imports/import-context.ts";
import { currentPolicyVersion } from "../policy/policy-record.ts";
import { findStagingProblems } from "./staging-checks.ts";
import { STAGING_COLUMNS, stagingLine } from "./staging-line.ts";

export const CALLBACK_IMPORT: CsvImportKind<ValidCallbackRow, HeaderMap> = {
  kind: "CALLBACKS",
  permission: "callbacks.import",
  stagingTable: "callback_import_staging",
  stagingColumns: STAGING_COLUMNS,
  auditAction: "CALLBACKS_IMPORTED",
  auditEntityType: "callback_import",

  async rowRules(db: Db, user, now) {
    const context = {
      // Like the callback form: no policy yet, no callbacks (there is nothing to score them by).
      ...(await readImportContext(db, user, now, (await currentPolicyVersion(db)).policy.timeZone)),
      isClosed: closedPeriodSet(await db.period.findMany({ where: { status: "CLOSED" }, select: { key: true } })),
    };
    return {
      mapHeader,
      validateRow: (cells, header) => validateCallbackRow(cells, header, context),
      uniqueKey: (row) => row.workOrderNo,
      uniqueColumn: (header) => header.label.workOrderNo ?? "work_order_no",
      duplicateInFile: (row, firstRow) => ref("csv.workOrderTwiceInFile", { workOrderNo: row.workOrderNo, firstRow }),
      stagingLine,
    };
  },

  async findStagingProblems(db, { importId, limit, uniqueColumn }) {
    return { ...(await findStagingProblems(db, { importId, limit, column: uniqueColumn })), alreadyStored: 0 };
  },

  async storeStaged(tx, { importId, user, now }) {
    const [changed] = await tx.$queryRaw<{ closed: string | null; revoked: number }[]>`
      SELECT
        (SELECT min(s.period_key) FROM callback_import_staging s JOIN period p ON p.key = s.period_key
          WHERE s.import_id = ${importId} AND p.status = 'CLOSED') AS closed,
        (SELECT count(*)::int FROM callback_import_staging s JOIN revocation_proposal rp ON rp.center_id = s.center_id
          WHERE s.import_id = ${importId} AND rp.status = 'ISSUED' AND rp.effective_at <= ${now}) AS revoked`;
    if (changed?.closed) throw domainError("CONFLICT", "import.periodClosedSince", { periodKey: changed.closed });
    if (changed && changed.revoked > 0) throw domainError("CONFLICT", "import.centerRevokedSince");

    // A work order stored since validation breaks the unique index and rolls the whole
    // transaction back: cheaper than looking up a million work orders beforehand.
    const inserted = await tx.$executeRaw`
      INSERT INTO callback (work_order_no, center_id, called_at, period_key, outcome, rating, issue_resolved,
                            price_explained, staff_courteous, comment, import_id, recorded_by_id)
      SELECT work_order_no, center_id, called_at, period_key, outcome, rating, issue_resolved,
             price_explained, staff_courteous, comment, import_id, ${user.id}
      FROM callback_import_staging WHERE import_id = ${importId}`.catch((error: unknown) => {
      if (isUniqueViolation(error)) throw domainError("CONFLICT", "import.workOrdersStoredSince");
      throw error;
    });
    return { inserted, skipped: 0 };
  },

  storedMessage: ({ inserted }) => ref("import.stored", { count: inserted }),
};
