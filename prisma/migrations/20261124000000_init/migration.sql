-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "CenterKind" AS ENUM ('DIRECT', 'AUTHORIZED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('AUDITOR', 'REGIONAL_MANAGER', 'HQ_ADMIN');

-- CreateEnum
CREATE TYPE "ChecklistKind" AS ENUM ('VISIT', 'SPOT_CHECK');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'VOIDED');

-- CreateEnum
CREATE TYPE "Answer" AS ENUM ('PASS', 'FAIL', 'NA');

-- CreateEnum
CREATE TYPE "CallbackOutcome" AS ENUM ('REACHED', 'UNREACHABLE', 'REFUSED');

-- CreateEnum
CREATE TYPE "PeriodStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "EvaluationResult" AS ENUM ('PASS', 'FAIL', 'INSUFFICIENT_DATA');

-- CreateEnum
CREATE TYPE "CorrectiveActionStatus" AS ENUM ('OPEN', 'SUBMITTED', 'VERIFIED');

-- CreateEnum
CREATE TYPE "RevocationStatus" AS ENUM ('PROPOSED', 'ISSUED', 'DISMISSED', 'REVERSED');

-- CreateEnum
CREATE TYPE "EscalationStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateTable
CREATE TABLE "region" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "name_zh" VARCHAR(64) NOT NULL,
    "name_en" VARCHAR(64) NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "center" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(16) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "kind" "CenterKind" NOT NULL,
    "authorization_no" VARCHAR(32),
    "partner_name" VARCHAR(120),
    "region_id" INTEGER NOT NULL,
    "province" VARCHAR(32) NOT NULL,
    "city" VARCHAR(32) NOT NULL,
    "city_tier" SMALLINT NOT NULL,
    "address" VARCHAR(200) NOT NULL,
    "failure_streak" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "center_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" TEXT NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "email_verified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_region" (
    "user_id" TEXT NOT NULL,
    "region_id" INTEGER NOT NULL,

    CONSTRAINT "user_region_pkey" PRIMARY KEY ("user_id","region_id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "token" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "user_id" TEXT NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "access_token" TEXT,
    "refresh_token" TEXT,
    "id_token" TEXT,
    "access_token_expires_at" TIMESTAMPTZ(3),
    "refresh_token_expires_at" TIMESTAMPTZ(3),
    "scope" TEXT,
    "password" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "last_request" BIGINT NOT NULL,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "checklist_template" (
    "id" SERIAL NOT NULL,
    "kind" "ChecklistKind" NOT NULL,
    "name_zh" VARCHAR(120) NOT NULL,
    "name_en" VARCHAR(120) NOT NULL,

    CONSTRAINT "checklist_template_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "checklist_template_version" (
    "id" SERIAL NOT NULL,
    "template_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "checklist_template_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "checklist_item" (
    "id" SERIAL NOT NULL,
    "version_id" INTEGER NOT NULL,
    "code" VARCHAR(48) NOT NULL,
    "position" INTEGER NOT NULL,
    "label_zh" VARCHAR(200) NOT NULL,
    "label_en" VARCHAR(200) NOT NULL,
    "weight" INTEGER NOT NULL,
    "critical" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "checklist_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report" (
    "id" SERIAL NOT NULL,
    "kind" "ChecklistKind" NOT NULL,
    "center_id" INTEGER NOT NULL,
    "author_id" TEXT NOT NULL,
    "template_version_id" INTEGER NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "event_at" TIMESTAMPTZ(3) NOT NULL,
    "period_key" CHAR(7) NOT NULL,
    "scenario" VARCHAR(32),
    "footage_ref" VARCHAR(120),
    "summary" VARCHAR(2000),
    "score" DECIMAL(5,2),
    "critical_failed" BOOLEAN NOT NULL DEFAULT false,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "submitted_at" TIMESTAMPTZ(3),
    "voided_at" TIMESTAMPTZ(3),
    "voided_by_id" TEXT,
    "void_reason" VARCHAR(500),

    CONSTRAINT "report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_answer" (
    "report_id" INTEGER NOT NULL,
    "item_id" INTEGER NOT NULL,
    "answer" "Answer" NOT NULL,
    "note" VARCHAR(500),

    CONSTRAINT "report_answer_pkey" PRIMARY KEY ("report_id","item_id")
);

-- CreateTable
CREATE TABLE "callback" (
    "id" SERIAL NOT NULL,
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
    "import_id" INTEGER,
    "recorded_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "callback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "callback_import" (
    "id" SERIAL NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "file_sha256" CHAR(64) NOT NULL,
    "row_count" INTEGER NOT NULL,
    "inserted_count" INTEGER NOT NULL,
    "imported_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "callback_import_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scoring_policy_version" (
    "id" SERIAL NOT NULL,
    "version" INTEGER NOT NULL,
    "threshold" DECIMAL(5,2) NOT NULL,
    "weight_visits" INTEGER NOT NULL,
    "weight_callbacks" INTEGER NOT NULL,
    "weight_spot_checks" INTEGER NOT NULL,
    "min_visits" INTEGER NOT NULL,
    "min_callbacks" INTEGER NOT NULL,
    "min_spot_checks" INTEGER NOT NULL,
    "critical_fail_cap" DECIMAL(5,2) NOT NULL,
    "corrective_days" INTEGER NOT NULL,
    "failures_to_revoke" INTEGER NOT NULL,
    "time_zone" VARCHAR(64) NOT NULL,
    "note" VARCHAR(500),
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "scoring_policy_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "period" (
    "key" CHAR(7) NOT NULL,
    "status" "PeriodStatus" NOT NULL,
    "policy_version_id" INTEGER,
    "closed_at" TIMESTAMPTZ(3),
    "closed_by_id" TEXT,
    "reopened_at" TIMESTAMPTZ(3),
    "reopened_by_id" TEXT,
    "reopen_reason" VARCHAR(500),

    CONSTRAINT "period_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "evaluation" (
    "id" SERIAL NOT NULL,
    "center_id" INTEGER NOT NULL,
    "period_key" CHAR(7) NOT NULL,
    "policy_version_id" INTEGER NOT NULL,
    "visit_score" DECIMAL(5,2),
    "visit_count" INTEGER NOT NULL,
    "callback_score" DECIMAL(5,2),
    "callback_count" INTEGER NOT NULL,
    "spot_check_score" DECIMAL(5,2),
    "spot_check_count" INTEGER NOT NULL,
    "composite" DECIMAL(5,2),
    "result" "EvaluationResult" NOT NULL,
    "streak_after" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "corrective_action" (
    "id" SERIAL NOT NULL,
    "center_id" INTEGER NOT NULL,
    "evaluation_id" INTEGER NOT NULL,
    "status" "CorrectiveActionStatus" NOT NULL DEFAULT 'OPEN',
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rectification" VARCHAR(4000),
    "evidence" VARCHAR(4000),
    "submitted_at" TIMESTAMPTZ(3),
    "submitted_by_id" TEXT,
    "reviewed_at" TIMESTAMPTZ(3),
    "reviewed_by_id" TEXT,
    "review_comment" VARCHAR(2000),

    CONSTRAINT "corrective_action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revocation_proposal" (
    "id" SERIAL NOT NULL,
    "center_id" INTEGER NOT NULL,
    "status" "RevocationStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" TEXT,
    "decision_reason" VARCHAR(1000),
    "effective_at" TIMESTAMPTZ(3),
    "reversed_at" TIMESTAMPTZ(3),
    "reversed_by_id" TEXT,
    "reverse_reason" VARCHAR(1000),
    "flagged_at" TIMESTAMPTZ(3),
    "flag_reason" VARCHAR(1000),

    CONSTRAINT "revocation_proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revocation_evidence" (
    "proposal_id" INTEGER NOT NULL,
    "evaluation_id" INTEGER NOT NULL,

    CONSTRAINT "revocation_evidence_pkey" PRIMARY KEY ("proposal_id","evaluation_id")
);

-- CreateTable
CREATE TABLE "escalation" (
    "id" SERIAL NOT NULL,
    "center_id" INTEGER NOT NULL,
    "status" "EscalationStatus" NOT NULL DEFAULT 'OPEN',
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by_id" TEXT,
    "resolution" VARCHAR(1000),

    CONSTRAINT "escalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "escalation_evidence" (
    "escalation_id" INTEGER NOT NULL,
    "evaluation_id" INTEGER NOT NULL,

    CONSTRAINT "escalation_evidence_pkey" PRIMARY KEY ("escalation_id","evaluation_id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "actor_email" VARCHAR(254),
    "action" VARCHAR(64) NOT NULL,
    "entity_type" VARCHAR(64) NOT NULL,
    "entity_id" VARCHAR(64),
    "before" JSONB,
    "after" JSONB,
    "ip" VARCHAR(64),

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "region_code_key" ON "region"("code");

-- CreateIndex
CREATE UNIQUE INDEX "center_code_key" ON "center"("code");

-- CreateIndex
CREATE UNIQUE INDEX "center_authorization_no_key" ON "center"("authorization_no");

-- CreateIndex
CREATE INDEX "center_region_id_idx" ON "center"("region_id");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "user_region_region_id_idx" ON "user_region"("region_id");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE INDEX "account_user_id_idx" ON "account"("user_id");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rate_limit_key_key" ON "rate_limit"("key");

-- CreateIndex
CREATE UNIQUE INDEX "checklist_template_kind_key" ON "checklist_template"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "checklist_template_version_template_id_version_key" ON "checklist_template_version"("template_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "checklist_item_version_id_code_key" ON "checklist_item"("version_id", "code");

-- CreateIndex
CREATE INDEX "report_center_id_period_key_kind_status_idx" ON "report"("center_id", "period_key", "kind", "status");

-- CreateIndex
CREATE INDEX "report_author_id_status_idx" ON "report"("author_id", "status");

-- CreateIndex
CREATE INDEX "report_period_key_kind_status_idx" ON "report"("period_key", "kind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "callback_work_order_no_key" ON "callback"("work_order_no");

-- CreateIndex
CREATE INDEX "callback_center_id_period_key_outcome_idx" ON "callback"("center_id", "period_key", "outcome");

-- CreateIndex
CREATE INDEX "callback_period_key_idx" ON "callback"("period_key");

-- CreateIndex
CREATE INDEX "callback_import_file_sha256_idx" ON "callback_import"("file_sha256");

-- CreateIndex
CREATE UNIQUE INDEX "scoring_policy_version_version_key" ON "scoring_policy_version"("version");

-- CreateIndex
CREATE INDEX "evaluation_period_key_result_idx" ON "evaluation"("period_key", "result");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_center_id_period_key_key" ON "evaluation"("center_id", "period_key");

-- CreateIndex
CREATE UNIQUE INDEX "corrective_action_evaluation_id_key" ON "corrective_action"("evaluation_id");

-- CreateIndex
CREATE INDEX "corrective_action_center_id_status_idx" ON "corrective_action"("center_id", "status");

-- CreateIndex
CREATE INDEX "corrective_action_status_due_at_idx" ON "corrective_action"("status", "due_at");

-- CreateIndex
CREATE INDEX "revocation_proposal_center_id_status_idx" ON "revocation_proposal"("center_id", "status");

-- CreateIndex
CREATE INDEX "revocation_proposal_status_idx" ON "revocation_proposal"("status");

-- CreateIndex
CREATE INDEX "escalation_center_id_status_idx" ON "escalation"("center_id", "status");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_actor_id_at_idx" ON "audit_log"("actor_id", "at");

-- AddForeignKey
ALTER TABLE "center" ADD CONSTRAINT "center_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_region" ADD CONSTRAINT "user_region_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_region" ADD CONSTRAINT "user_region_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "checklist_template_version" ADD CONSTRAINT "checklist_template_version_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "checklist_template"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "checklist_item" ADD CONSTRAINT "checklist_item_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "checklist_template_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_center_id_fkey" FOREIGN KEY ("center_id") REFERENCES "center"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_voided_by_id_fkey" FOREIGN KEY ("voided_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report" ADD CONSTRAINT "report_template_version_id_fkey" FOREIGN KEY ("template_version_id") REFERENCES "checklist_template_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_answer" ADD CONSTRAINT "report_answer_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_answer" ADD CONSTRAINT "report_answer_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "checklist_item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "callback" ADD CONSTRAINT "callback_center_id_fkey" FOREIGN KEY ("center_id") REFERENCES "center"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "callback" ADD CONSTRAINT "callback_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "callback_import"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "callback" ADD CONSTRAINT "callback_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "callback_import" ADD CONSTRAINT "callback_import_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "period" ADD CONSTRAINT "period_policy_version_id_fkey" FOREIGN KEY ("policy_version_id") REFERENCES "scoring_policy_version"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_center_id_fkey" FOREIGN KEY ("center_id") REFERENCES "center"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_period_key_fkey" FOREIGN KEY ("period_key") REFERENCES "period"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_policy_version_id_fkey" FOREIGN KEY ("policy_version_id") REFERENCES "scoring_policy_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrective_action" ADD CONSTRAINT "corrective_action_center_id_fkey" FOREIGN KEY ("center_id") REFERENCES "center"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "corrective_action" ADD CONSTRAINT "corrective_action_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revocation_proposal" ADD CONSTRAINT "revocation_proposal_center_id_fkey" FOREIGN KEY ("center_id") REFERENCES "center"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revocation_evidence" ADD CONSTRAINT "revocation_evidence_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "revocation_proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revocation_evidence" ADD CONSTRAINT "revocation_evidence_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalation" ADD CONSTRAINT "escalation_center_id_fkey" FOREIGN KEY ("center_id") REFERENCES "center"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalation_evidence" ADD CONSTRAINT "escalation_evidence_escalation_id_fkey" FOREIGN KEY ("escalation_id") REFERENCES "escalation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalation_evidence" ADD CONSTRAINT "escalation_evidence_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

