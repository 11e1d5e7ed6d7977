-- Media uploads are swept a day after their last write, not their start: existing uploads
-- take their creation time as their last write (so they are swept as before).
ALTER TABLE "MediaUpload" ADD COLUMN "updatedAt" TIMESTAMP(3);
UPDATE "MediaUpload" SET "updatedAt" = "createdAt";
ALTER TABLE "MediaUpload" ALTER COLUMN "updatedAt" SET NOT NULL;

-- A stored analysis goes with its testimony. Findings of a testimony already gone are
-- removed first (they could never be read again).
DELETE FROM "StoredAnalysis" a WHERE NOT EXISTS (SELECT 1 FROM "Testimony" t WHERE t."id" = a."testimonyId");
ALTER TABLE "StoredAnalysis" ADD CONSTRAINT "StoredAnalysis_testimonyId_fkey" FOREIGN KEY ("testimonyId") REFERENCES "Testimony"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The hourly sweep prunes succeeded and dead background jobs by when they finished.
CREATE INDEX "BackgroundJob_state_finishedAt_idx" ON "BackgroundJob"("state", "finishedAt");
