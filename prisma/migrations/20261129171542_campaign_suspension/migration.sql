-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "suspendedAt" TIMESTAMP(3),
ADD COLUMN     "suspendedReason" TEXT;

-- CreateIndex
CREATE INDEX "Campaign_suspendedAt_idx" ON "Campaign"("suspendedAt");
