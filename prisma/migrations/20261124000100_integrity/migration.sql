-- Rules the Prisma schema language cannot express. Hand-written; Prisma's diff ignores CHECK
-- constraints and triggers, so the schema-drift test is not disturbed by them.

-- An authorized center has an authorization number; a direct center has none.
ALTER TABLE "center" ADD CONSTRAINT "center_authorization_no_matches_kind"
  CHECK (("kind" = 'AUTHORIZED') = ("authorization_no" IS NOT NULL));
ALTER TABLE "center" ADD CONSTRAINT "center_city_tier_range" CHECK ("city_tier" BETWEEN 1 AND 5);

ALTER TABLE "checklist_item" ADD CONSTRAINT "checklist_item_weight_positive" CHECK ("weight" > 0);

-- A reached callback carries a rating 1–5; an unreached or refused one carries none.
-- (Written with CASE so that a NULL rating cannot slip through as an "unknown" check result.)
ALTER TABLE "callback" ADD CONSTRAINT "callback_rating_matches_outcome"
  CHECK (CASE WHEN "outcome" = 'REACHED' THEN "rating" IS NOT NULL AND "rating" BETWEEN 1 AND 5
              ELSE "rating" IS NULL END);

ALTER TABLE "report" ADD CONSTRAINT "report_score_range" CHECK ("score" IS NULL OR "score" BETWEEN 0 AND 100);
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_composite_range"
  CHECK ("composite" IS NULL OR "composite" BETWEEN 0 AND 100);

-- The audit log is append-only, whatever connects to the database.
CREATE FUNCTION "audit_log_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_log_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_is_append_only"();

CREATE TRIGGER "audit_log_no_truncate"
  BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_is_append_only"();
