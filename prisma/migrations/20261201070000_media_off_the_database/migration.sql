
-- AlterTable
ALTER TABLE "ContentAttachment" ADD COLUMN     "storageKey" TEXT,
ALTER COLUMN "content" DROP NOT NULL;

-- AlterTable
ALTER TABLE "TestimonyMedia" ADD COLUMN     "storageKey" TEXT,
ALTER COLUMN "contentEnc" DROP NOT NULL;

-- CreateTable
CREATE TABLE "MediaUpload" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "fileNameEnc" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "offset" INTEGER NOT NULL DEFAULT 0,
    "header" BYTEA NOT NULL,
    "tailEnc" BYTEA,
    "storageKey" TEXT,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MediaUpload_storageKey_key" ON "MediaUpload"("storageKey");

-- CreateIndex
CREATE INDEX "MediaUpload_sourceId_idx" ON "MediaUpload"("sourceId");

-- CreateIndex
CREATE INDEX "MediaUpload_createdById_createdAt_idx" ON "MediaUpload"("createdById", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ContentAttachment_storageKey_key" ON "ContentAttachment"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "TestimonyMedia_storageKey_key" ON "TestimonyMedia"("storageKey");

-- AddForeignKey
ALTER TABLE "MediaUpload" ADD CONSTRAINT "MediaUpload_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediaUpload" ADD CONSTRAINT "MediaUpload_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


