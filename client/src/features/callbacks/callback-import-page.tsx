// Importing the call center's CSV export of callbacks (DOMAIN.md, Callbacks).
import { useTranslation } from "react-i18next";
import { CALLBACK_CSV } from "../../../../shared/domain/callback-csv.ts";
import { csvHeaderNames } from "../../../../shared/domain/csv-header.ts";
import { CsvImportPage } from "../../components/csv-import-page.tsx";
import { importProceduresOf } from "../../lib/import-procedures.ts";

const COLUMNS = csvHeaderNames(CALLBACK_CSV);
const PROCEDURES = importProceduresOf("callbacks");

export function CallbackImportPage() {
  const { t } = useTranslation();
  return (
    <CsvImportPage
      address="/api/callback-imports"
      columns={COLUMNS}
      procedures={PROCEDURES}
      words={{
        title: t("imports.title"),
        intro: t("imports.intro"),
        commit: (rows) => t("imports.commit", { rows }),
        committed: ({ insertedCount }) => t("imports.committed", { count: insertedCount }),
      }}
    />
  );
}
