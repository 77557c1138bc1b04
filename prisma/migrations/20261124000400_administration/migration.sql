-- Administration: users created by headquarters get a temporary password they must change at their
-- first sign-in; the audit log is filtered by action.

ALTER TABLE "app_user" ADD COLUMN "must_change_password" BOOLEAN NOT NULL DEFAULT false;

CREATE INDEX "audit_log_action_at_idx" ON "audit_log"("action", "at");
