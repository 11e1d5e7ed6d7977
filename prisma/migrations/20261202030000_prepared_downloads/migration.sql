-- CreateTable
CREATE TABLE "PreparedDownload" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "partnerOrgId" TEXT NOT NULL,
    "userId" TEXT,
    "apiTokenId" TEXT,
    "storageKey" TEXT,
    "wrappedKey" BYTEA,
    "masterKeyId" TEXT,
    "fileName" TEXT,
    "contentType" TEXT,
    "reference" TEXT,
    "itemCount" INTEGER,
    "bytes" INTEGER,
    "refusal" TEXT,
    "notFound" BOOLEAN NOT NULL DEFAULT false,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "fetchedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PreparedDownload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PreparedDownload_jobId_key" ON "PreparedDownload"("jobId");

-- CreateIndex
CREATE INDEX "PreparedDownload_expiresAt_idx" ON "PreparedDownload"("expiresAt");

