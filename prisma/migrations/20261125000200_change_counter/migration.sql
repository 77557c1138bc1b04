-- A version of everything audited that moves on commit, for caches (the scorecard's): the newest
-- audit-log id does not, since ids are taken in one order and committed in another.

-- CreateTable
CREATE TABLE "change_counter" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "change_counter_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "change_counter" ADD CONSTRAINT "change_counter_single_row" CHECK ("id" = 1);
INSERT INTO "change_counter" ("id", "version") SELECT 1, coalesce(max("id"), 0) FROM "audit_log";

-- Every statement that writes audit entries bumps the counter in its own transaction. The row lock
-- this takes is held to commit, so versions are handed out in commit order.
CREATE FUNCTION "change_counter_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "change_counter" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "audit_log_bumps_change_counter"
  AFTER INSERT ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "change_counter_bump"();
