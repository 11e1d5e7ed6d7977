-- The rate windows count portal users and organisations too, not only API tokens.
ALTER TABLE "ApiRateWindow" RENAME COLUMN "tokenId" TO "key";

-- Progressive sign-in delays per account, and per account and known place.
CREATE TABLE "SignInDelay" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailureAt" TIMESTAMP(3),
    "lastSuccessAt" TIMESTAMP(3),

    CONSTRAINT "SignInDelay_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "SignInDelay_lastFailureAt_idx" ON "SignInDelay"("lastFailureAt");
