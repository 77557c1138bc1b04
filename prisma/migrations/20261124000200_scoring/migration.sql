-- Scoring engine: the critical-fail cap moves from the stored report score to evaluation time (it is
-- part of the scoring policy), evaluations remember the streak they started from (what a reopen
-- restores), and the consequences of a reopened period can be withdrawn.

ALTER TYPE "CorrectiveActionStatus" ADD VALUE 'CANCELLED';
ALTER TYPE "RevocationStatus" ADD VALUE 'WITHDRAWN';
ALTER TYPE "EscalationStatus" ADD VALUE 'WITHDRAWN';

ALTER TABLE "report" RENAME COLUMN "score" TO "raw_score";
ALTER TABLE "report" RENAME CONSTRAINT "report_score_range" TO "report_raw_score_range";

ALTER TABLE "evaluation" ADD COLUMN "streak_before" INTEGER NOT NULL;
ALTER TABLE "revocation_proposal" ADD COLUMN "raised_period_key" CHAR(7) NOT NULL;
ALTER TABLE "escalation" ADD COLUMN "raised_period_key" CHAR(7) NOT NULL;

-- A center has at most one pending proposal and one open escalation (DOMAIN.md, Consequences 4),
-- whatever races. Partial indexes cannot be written in schema.prisma, so they live here.
CREATE UNIQUE INDEX "revocation_proposal_one_pending_per_center"
  ON "revocation_proposal" ("center_id") WHERE "status" = 'PROPOSED';
CREATE UNIQUE INDEX "escalation_one_open_per_center"
  ON "escalation" ("center_id") WHERE "status" = 'OPEN';

ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_streaks_non_negative"
  CHECK ("streak_before" >= 0 AND "streak_after" >= 0);
