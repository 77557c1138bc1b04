-- Callback imports are validated first and committed later, all-or-nothing; validated rows wait
-- in a staging table that is loaded with COPY (DOMAIN.md, Bad input; README, Decisions).

CREATE TYPE "CallbackImportStatus" AS ENUM ('VALIDATED', 'REJECTED', 'COMMITTED');

DROP INDEX "callback_import_file_sha256_idx";
ALTER TABLE "callback_import"
  ADD COLUMN "committed_at" TIMESTAMPTZ(3),
  ADD COLUMN "encoding" VARCHAR(16) NOT NULL,
  ADD COLUMN "error_count" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "status" "CallbackImportStatus" NOT NULL,
  ALTER COLUMN "inserted_count" SET DEFAULT 0;
CREATE INDEX "callback_import_file_sha256_status_idx" ON "callback_import"("file_sha256", "status");

-- A file is committed at most once, whatever races.
CREATE UNIQUE INDEX "callback_import_committed_once" ON "callback_import"("file_sha256") WHERE "status" = 'COMMITTED';

-- Scratch rows: not WAL-logged and without a foreign key, so a million of them load at COPY speed.
CREATE UNLOGGED TABLE "callback_import_staging" (
    "import_id" INTEGER NOT NULL,
    "row_no" INTEGER NOT NULL,
    "work_order_no" VARCHAR(40) NOT NULL,
    "center_id" INTEGER NOT NULL,
    "called_at" TIMESTAMPTZ(3) NOT NULL,
    "period_key" CHAR(7) NOT NULL,
    "outcome" "CallbackOutcome" NOT NULL,
    "rating" SMALLINT,
    "issue_resolved" BOOLEAN,
    "price_explained" BOOLEAN,
    "staff_courteous" BOOLEAN,
    "comment" VARCHAR(1000),
    CONSTRAINT "callback_import_staging_pkey" PRIMARY KEY ("import_id","row_no")
);
