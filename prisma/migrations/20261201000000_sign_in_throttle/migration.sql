-- The sign-in throttle's attempts, shared by every server process on the database.

CREATE TYPE "SignInOutcome" AS ENUM ('FAILED', 'LIMITED');

CREATE TABLE "sign_in_attempt" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ip" TEXT NOT NULL,
    "email" TEXT,
    "outcome" "SignInOutcome" NOT NULL,

    CONSTRAINT "sign_in_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sign_in_attempt_ip_at_idx" ON "sign_in_attempt"("ip", "at");

-- CreateIndex
CREATE INDEX "sign_in_attempt_email_at_idx" ON "sign_in_attempt"("email", "at");
