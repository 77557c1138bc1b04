// Importing the hotline's CSV export of complaints (DOMAIN-2.md, Complaints): tickets already
// stored are skipped, never stored twice.
import { useTranslation } from "react-i18next";
import { COMPLAINT_CSV } from "../../../../shared/domain/complaint-csv.ts";
import { csvHeaderNames } from "../../../../shared/domain/csv-header.ts";
import { CsvImportPage } from "../../components/csv-import-page.tsx";
import { importProceduresOf } from "../../lib/import-procedures.ts";

const COLUMNS = csvHeaderNames(COMPLAINT_CSV);
const PROCEDURES = importProceduresOf("complaints");

export function ComplaintImportPage() {
  const { t } = useTranslation();
  return (
    <CsvImportPage
      address="/api/complaint-imports"
      columns={COLUMNS}
      procedures={PROCEDURES}
      words={{
        title: t("complaintImports.title"),
        intro: t("complaintImports.intro"),
        commit: (rows) => t("complaintImports.commit", { rows }),
        committed: ({ insertedCount, skippedCount }) =>
          skippedCount > 0
            ? t("complaintImports.committedSkipped", { count: insertedCount, skipped: skippedCount })
            : t("complaintImports.committed", { count: insertedCount }),
      }}
    />
  );
}
