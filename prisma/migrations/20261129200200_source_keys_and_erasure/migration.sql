-- Which master key wraps each source's data key (rotation re-wraps those under another),
-- and the tombstone of an erased source: its data key is destroyed, so the column may be null.
ALTER TABLE "Source" ALTER COLUMN "wrappedKey" DROP NOT NULL;
ALTER TABLE "Source" ADD COLUMN "masterKeyId" TEXT,
ADD COLUMN "erasedAt" TIMESTAMP(3),
ADD COLUMN "erasedById" TEXT,
ADD COLUMN "erasureReason" TEXT,
ADD COLUMN "erasedUnderKeyId" TEXT;

CREATE INDEX "Source_masterKeyId_idx" ON "Source"("masterKeyId");
