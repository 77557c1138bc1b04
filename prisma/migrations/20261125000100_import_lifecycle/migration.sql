-- Callback imports get a real lifecycle (receiving → validating → validated | rejected | failed →
-- committed), their progress in the database (any server can answer a poll), and a heartbeat that
-- tells an interrupted import from a running one.

-- AlterEnum
ALTER TYPE "CallbackImportStatus" ADD VALUE 'RECEIVING' BEFORE 'VALIDATED';
ALTER TYPE "CallbackImportStatus" ADD VALUE 'VALIDATING' BEFORE 'VALIDATED';
ALTER TYPE "CallbackImportStatus" ADD VALUE 'FAILED' BEFORE 'COMMITTED';

-- AlterTable
ALTER TABLE "callback_import" ALTER COLUMN "file_sha256" DROP NOT NULL,
ALTER COLUMN "encoding" DROP NOT NULL,
ADD COLUMN "progress_token" VARCHAR(64),
ADD COLUMN "rows_read" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "failure" VARCHAR(500);

-- CreateIndex
CREATE INDEX "callback_import_imported_by_id_progress_token_idx" ON "callback_import"("imported_by_id", "progress_token");

-- CreateIndex
CREATE INDEX "callback_import_status_updated_at_idx" ON "callback_import"("status", "updated_at");
