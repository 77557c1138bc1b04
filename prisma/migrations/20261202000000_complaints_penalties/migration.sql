-- The complaints desk, penalties, revocation by two people, the inbox (DOMAIN-2.md).
-- Written with `prisma migrate diff` from the previous schema; the hand-written rules follow it.

-- CreateEnum
CREATE TYPE "AuthorizationGrade" AS ENUM ('A', 'B', 'C');

-- CreateEnum
CREATE TYPE "ComplaintChannel" AS ENUM ('HOTLINE', 'APP', 'SOCIAL_MEDIA', 'EMAIL', 'CALLBACK', 'OTHER');

-- CreateEnum
CREATE TYPE "ComplaintCategory" AS ENUM ('ATTITUDE', 'OVERCHARGE', 'NON_GENUINE_PART', 'WARRANTY_REFUSED', 'REPAIR_QUALITY', 'WAITING_TIME', 'OTHER');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('NEW', 'IN_PROGRESS', 'AWAITING_CENTER', 'RESOLVED');

-- CreateEnum
CREATE TYPE "ComplaintFinding" AS ENUM ('UPHELD', 'NOT_UPHELD', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ComplaintRemedy" AS ENUM ('NONE', 'REFUND', 'RE_REPAIR', 'COMPENSATION');

-- CreateEnum
CREATE TYPE "ComplaintEventKind" AS ENUM ('RECORDED', 'TAKEN', 'CUSTOMER_CONTACTED', 'FORWARDED_TO_CENTER', 'CENTER_ANSWERED', 'RESOLVED', 'REOPENED', 'NOTE');

-- CreateEnum
CREATE TYPE "PenaltyKind" AS ENUM ('FINE', 'DOWNGRADE', 'TERMINATION');

-- CreateEnum
CREATE TYPE "PenaltyStatus" AS ENUM ('PROPOSED', 'CONFIRMED', 'CANCELLED', 'PAID', 'WAIVED');

-- CreateEnum
CREATE TYPE "PenaltyBasis" AS ENUM ('COMPLAINT', 'REPORT', 'COUNTERFEIT', 'OTHER');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'COMPLAINT_HANDLER';

-- AlterTable
ALTER TABLE "center" ADD COLUMN     "grade" "AuthorizationGrade";

-- AlterTable
ALTER TABLE "revocation_proposal" ADD COLUMN     "penalty_id" INTEGER,
ADD COLUMN     "request_reason" VARCHAR(1000),
ADD COLUMN     "request_reject_reason" VARCHAR(1000),
ADD COLUMN     "request_rejected_at" TIMESTAMPTZ(3),
ADD COLUMN     "requested_at" TIMESTAMPTZ(3),
ADD COLUMN     "requested_by_id" TEXT,
ADD COLUMN     "requested_effective_at" TIMESTAMPTZ(3),
ALTER COLUMN "raised_period_key" DROP NOT NULL;

-- AlterTable
ALTER TABLE "escalation" ADD COLUMN     "complaint_id" INTEGER,
ADD COLUMN     "reason" VARCHAR(1000),
ADD COLUMN     "report_id" INTEGER,
ALTER COLUMN "raised_period_key" DROP NOT NULL;

-- CreateTable
CREATE TABLE "complaint" (
    "id" SERIAL NOT NULL,
    "channel" "ComplaintChannel" NOT NULL,
    "channel_ref" VARCHAR(64) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "period_key" CHAR(7) NOT NULL,
    "center_id" INTEGER NOT NULL,
    "work_order_no" VARCHAR(40),
    "category" "ComplaintCategory" NOT NULL,
    "customer_name" VARCHAR(60) NOT NULL,
    "customer_phone" VARCHAR(16) NOT NULL,
    "description" VARCHAR(2000) NOT NULL,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'NEW',
    "cycle" INTEGER NOT NULL DEFAULT 0,
    "cycle_started_at" TIMESTAMPTZ(3) NOT NULL,
    "handler_id" TEXT,
    "finding" "ComplaintFinding",
    "remedy" "ComplaintRemedy",
    "compensation_yuan" INTEGER,
    "counterfeit_part_yuan" INTEGER,
    "resolution" VARCHAR(2000),
    "resolved_at" TIMESTAMPTZ(3),
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint_event" (
    "id" SERIAL NOT NULL,
    "complaint_id" INTEGER NOT NULL,
    "cycle" INTEGER NOT NULL,
    "kind" "ComplaintEventKind" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "note" VARCHAR(2000),
    "finding" "ComplaintFinding",

    CONSTRAINT "complaint_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "penalty" (
    "id" SERIAL NOT NULL,
    "center_id" INTEGER NOT NULL,
    "kind" "PenaltyKind" NOT NULL,
    "status" "PenaltyStatus" NOT NULL DEFAULT 'PROPOSED',
    "basis" "PenaltyBasis" NOT NULL,
    "complaint_id" INTEGER,
    "report_id" INTEGER,
    "reason" VARCHAR(1000) NOT NULL,
    "amount_yuan" INTEGER,
    "grade_from" "AuthorizationGrade",
    "grade_to" "AuthorizationGrade",
    "period_key" CHAR(7) NOT NULL,
    "proposed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "proposed_by_id" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" TEXT,
    "decision_reason" VARCHAR(1000),
    "settled_at" TIMESTAMPTZ(3),
    "settled_by_id" TEXT,
    "payment_ref" VARCHAR(64),
    "waive_reason" VARCHAR(1000),

    CONSTRAINT "penalty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" SERIAL NOT NULL,
    "user_id" TEXT NOT NULL,
    "message" JSONB NOT NULL,
    "entity_type" VARCHAR(32) NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "complaint_status_cycle_started_at_idx" ON "complaint"("status", "cycle_started_at");

-- CreateIndex
CREATE INDEX "complaint_center_id_period_key_finding_idx" ON "complaint"("center_id", "period_key", "finding");

-- CreateIndex
CREATE INDEX "complaint_received_at_idx" ON "complaint"("received_at");

-- CreateIndex
CREATE UNIQUE INDEX "complaint_channel_channel_ref_key" ON "complaint"("channel", "channel_ref");

-- CreateIndex
CREATE INDEX "complaint_event_complaint_id_cycle_kind_at_idx" ON "complaint_event"("complaint_id", "cycle", "kind", "at");

-- CreateIndex
CREATE INDEX "penalty_center_id_status_idx" ON "penalty"("center_id", "status");

-- CreateIndex
CREATE INDEX "penalty_status_proposed_at_idx" ON "penalty"("status", "proposed_at");

-- CreateIndex
CREATE INDEX "penalty_period_key_idx" ON "penalty"("period_key");

-- CreateIndex
CREATE INDEX "notification_user_id_read_at_created_at_idx" ON "notification"("user_id", "read_at", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "revocation_proposal_penalty_id_key" ON "revocation_proposal"("penalty_id");

-- AddForeignKey
ALTER TABLE "revocation_proposal" ADD CONSTRAINT "revocation_proposal_penalty_id_fkey" FOREIGN KEY ("penalty_id") REFERENCES "penalty"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_center_id_fkey" FOREIGN KEY ("center_id") REFERENCES "center"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_handler_id_fkey" FOREIGN KEY ("handler_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint_event" ADD CONSTRAINT "complaint_event_complaint_id_fkey" FOREIGN KEY ("complaint_id") REFERENCES "complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint_event" ADD CONSTRAINT "complaint_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "penalty" ADD CONSTRAINT "penalty_center_id_fkey" FOREIGN KEY ("center_id") REFERENCES "center"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "penalty" ADD CONSTRAINT "penalty_complaint_id_fkey" FOREIGN KEY ("complaint_id") REFERENCES "complaint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ───────── rules the schema language cannot express ─────────

-- Authorized centers have a grade, direct ones none; existing authorized centers start at B.
UPDATE "center" SET "grade" = 'B' WHERE "kind" = 'AUTHORIZED';
ALTER TABLE "center" ADD CONSTRAINT "center_grade_iff_authorized"
  CHECK (("kind" = 'AUTHORIZED') = ("grade" IS NOT NULL));

-- A close raises a proposal for a period; a penalty raises one without: exactly one origin.
ALTER TABLE "revocation_proposal" ADD CONSTRAINT "revocation_proposal_one_origin"
  CHECK (("raised_period_key" IS NULL) = ("penalty_id" IS NOT NULL));
-- A request names its reason and effective date together.
ALTER TABLE "revocation_proposal" ADD CONSTRAINT "revocation_proposal_request_complete"
  CHECK (("requested_at" IS NULL) = ("requested_by_id" IS NULL)
     AND ("requested_at" IS NULL) = ("request_reason" IS NULL)
     AND ("requested_at" IS NULL) = ("requested_effective_at" IS NULL));

ALTER TABLE "complaint" ADD CONSTRAINT "complaint_cycle_not_negative" CHECK ("cycle" >= 0);
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_resolved_has_finding"
  CHECK (("status" = 'RESOLVED') = ("finding" IS NOT NULL AND "resolved_at" IS NOT NULL));
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_money_not_negative"
  CHECK (coalesce("compensation_yuan", 0) >= 0 AND coalesce("counterfeit_part_yuan", 0) >= 0);

ALTER TABLE "penalty" ADD CONSTRAINT "penalty_fine_amount"
  CHECK (("kind" = 'FINE') = ("amount_yuan" IS NOT NULL) AND coalesce("amount_yuan", 1) BETWEEN 1 AND 1000000);

-- The timeline is what the clocks are read from: append-only, like the audit log.
CREATE FUNCTION "complaint_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'complaint_event is append-only';
END;
$$;
CREATE TRIGGER "complaint_event_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "complaint_event"
  FOR EACH ROW EXECUTE FUNCTION "complaint_event_is_append_only"();
