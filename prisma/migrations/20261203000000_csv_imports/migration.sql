-- The import lifecycle serves two kinds of file: the call center's callbacks and the hotline's
-- complaints. The table and its status type are renamed (their rows kept), each import says its kind,
-- and hotline rows get a staging table of their own.

ALTER TYPE "CallbackImportStatus" RENAME TO "ImportStatus";
CREATE TYPE "ImportKind" AS ENUM ('CALLBACKS', 'COMPLAINTS');

ALTER TABLE "callback_import" RENAME TO "csv_import";
-- Its constraints follow the name: the key, the foreign key and, on PostgreSQL 18 and later (PGlite),
-- the named NOT NULL constraints.
DO $$
DECLARE
  c record;
BEGIN
  FOR c IN SELECT conname FROM pg_constraint
           WHERE conrelid = '"csv_import"'::regclass AND conname LIKE 'callback\_import\_%' LOOP
    EXECUTE format('ALTER TABLE "csv_import" RENAME CONSTRAINT %I TO %I',
                   c.conname, 'csv_import_' || substr(c.conname, length('callback_import_') + 1));
  END LOOP;
END $$;
ALTER SEQUENCE "callback_import_id_seq" RENAME TO "csv_import_id_seq";
ALTER INDEX "callback_import_imported_by_id_progress_token_idx" RENAME TO "csv_import_imported_by_id_progress_token_idx";
ALTER INDEX "callback_import_status_updated_at_idx" RENAME TO "csv_import_status_updated_at_idx";

-- Every import so far was a callbacks file.
ALTER TABLE "csv_import" ADD COLUMN "kind" "ImportKind" NOT NULL DEFAULT 'CALLBACKS',
  ADD COLUMN "skipped_count" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "csv_import" ALTER COLUMN "kind" DROP DEFAULT;

DROP INDEX "callback_import_file_sha256_status_idx";
CREATE INDEX "csv_import_kind_file_sha256_status_idx" ON "csv_import"("kind", "file_sha256", "status");
-- A file is committed at most once for its kind, whatever races.
DROP INDEX "callback_import_committed_once";
CREATE UNIQUE INDEX "csv_import_committed_once" ON "csv_import"("kind", "file_sha256") WHERE "status" = 'COMMITTED';

ALTER TABLE "complaint" ADD COLUMN "import_id" INTEGER;
-- The desk finds a ticket by its reference alone, whatever the channel.
CREATE INDEX "complaint_channel_ref_idx" ON "complaint"("channel_ref");
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "csv_import"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Scratch rows, like callback_import_staging: not WAL-logged and without a foreign key, so a
-- million of them load at COPY speed.
CREATE UNLOGGED TABLE "complaint_import_staging" (
    "import_id" INTEGER NOT NULL,
    "row_no" INTEGER NOT NULL,
    "channel_ref" VARCHAR(64) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "period_key" CHAR(7) NOT NULL,
    "center_id" INTEGER NOT NULL,
    "work_order_no" VARCHAR(40),
    "category" "ComplaintCategory" NOT NULL,
    "customer_name" VARCHAR(60) NOT NULL,
    "customer_phone" VARCHAR(16) NOT NULL,
    "description" VARCHAR(2000) NOT NULL,

    CONSTRAINT "complaint_import_staging_pkey" PRIMARY KEY ("import_id","row_no")
);
