-- AlterTable
ALTER TABLE "Download" ADD COLUMN     "apiTokenId" TEXT,
ADD COLUMN     "campaignId" TEXT,
ADD COLUMN     "channel" TEXT NOT NULL DEFAULT 'PORTAL',
ADD COLUMN     "kitId" TEXT;

-- CreateTable
CREATE TABLE "PartnerApiToken" (
    "id" TEXT NOT NULL,
    "partnerOrgId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "PartnerApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiRateWindow" (
    "tokenId" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ApiRateWindow_pkey" PRIMARY KEY ("tokenId","windowStart")
);

-- CreateIndex
CREATE UNIQUE INDEX "PartnerApiToken_tokenHash_key" ON "PartnerApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PartnerApiToken_partnerOrgId_createdAt_idx" ON "PartnerApiToken"("partnerOrgId", "createdAt");

-- CreateIndex
CREATE INDEX "ApiRateWindow_windowStart_idx" ON "ApiRateWindow"("windowStart");

-- CreateIndex
CREATE INDEX "Download_kitId_idx" ON "Download"("kitId");

-- AddForeignKey
ALTER TABLE "Download" ADD CONSTRAINT "Download_partnerOrgId_fkey" FOREIGN KEY ("partnerOrgId") REFERENCES "PartnerOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerApiToken" ADD CONSTRAINT "PartnerApiToken_partnerOrgId_fkey" FOREIGN KEY ("partnerOrgId") REFERENCES "PartnerOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
