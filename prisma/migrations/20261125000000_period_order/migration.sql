-- Period order (DOMAIN.md, Periods): the network's first period, and where each decision on a
-- revocation proposal or escalation sits in the period order, so that re-closing several reopened
-- periods gives what closing them once, in order, would give.

-- CreateTable
CREATE TABLE "network_setting" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "first_period_key" CHAR(7) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "network_setting_pkey" PRIMARY KEY ("id")
);

-- AlterTable
ALTER TABLE "revocation_proposal" ADD COLUMN "decided_after_key" CHAR(7),
ADD COLUMN "reversed_after_key" CHAR(7);

-- AlterTable
ALTER TABLE "escalation" ADD COLUMN "resolved_after_key" CHAR(7);

-- One row only.
ALTER TABLE "network_setting" ADD CONSTRAINT "network_setting_single_row" CHECK ("id" = 1);
ALTER TABLE "network_setting" ADD CONSTRAINT "network_setting_first_period_key_format"
  CHECK ("first_period_key" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');

-- An empty install starts at the current month (in the policy's zone); a database that already has
-- periods or records starts at the earliest of them, so nothing stored falls before the first period.
INSERT INTO "network_setting" ("id", "first_period_key")
SELECT 1, least(
  to_char(now() AT TIME ZONE coalesce(
    (SELECT "time_zone" FROM "scoring_policy_version" ORDER BY "version" DESC LIMIT 1), 'Asia/Shanghai'), 'YYYY-MM'),
  (SELECT min("key") FROM "period"),
  (SELECT min("period_key") FROM "report"),
  (SELECT min("period_key") FROM "callback"));

-- Decisions taken before this migration: after the latest period closed at the time.
UPDATE "revocation_proposal" rp SET "decided_after_key" = coalesce(
  (SELECT max(p."key") FROM "period" p WHERE p."closed_at" <= rp."decided_at"), rp."raised_period_key")
WHERE rp."decided_at" IS NOT NULL AND rp."status" IN ('ISSUED', 'DISMISSED', 'REVERSED');
UPDATE "revocation_proposal" rp SET "reversed_after_key" = coalesce(
  (SELECT max(p."key") FROM "period" p WHERE p."closed_at" <= rp."reversed_at"), rp."decided_after_key")
WHERE rp."reversed_at" IS NOT NULL;
UPDATE "escalation" es SET "resolved_after_key" = coalesce(
  (SELECT max(p."key") FROM "period" p WHERE p."closed_at" <= es."resolved_at"), es."raised_period_key")
WHERE es."resolved_at" IS NOT NULL AND es."status" = 'RESOLVED';
