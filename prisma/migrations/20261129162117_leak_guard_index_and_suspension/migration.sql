-- AlterTable
ALTER TABLE "ContentItem" ADD COLUMN     "suspendedAt" TIMESTAMP(3),
ADD COLUMN     "suspendedReason" TEXT;

-- AlterTable
ALTER TABLE "ContentQuote" ADD COLUMN     "detected" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "indexFormat" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "IdentifierIndexEntry" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "dictionaryEntryId" TEXT,
    "hash" TEXT NOT NULL,
    "final" BOOLEAN NOT NULL,
    "type" TEXT NOT NULL,
    "word" TEXT,

    CONSTRAINT "IdentifierIndexEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TestimonyShingle" (
    "redactedTextId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "TestimonyShingle_pkey" PRIMARY KEY ("redactedTextId","start")
);

-- CreateTable
CREATE TABLE "RecheckRun" (
    "id" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "sourceId" TEXT,
    "requestedById" TEXT,
    "state" TEXT NOT NULL DEFAULT 'QUEUED',
    "total" INTEGER NOT NULL DEFAULT 0,
    "scanned" INTEGER NOT NULL DEFAULT 0,
    "suspended" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "RecheckRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IdentifierIndexEntry_hash_idx" ON "IdentifierIndexEntry"("hash");

-- CreateIndex
CREATE INDEX "IdentifierIndexEntry_sourceId_idx" ON "IdentifierIndexEntry"("sourceId");

-- CreateIndex
CREATE INDEX "IdentifierIndexEntry_dictionaryEntryId_idx" ON "IdentifierIndexEntry"("dictionaryEntryId");

-- CreateIndex
CREATE INDEX "TestimonyShingle_hash_idx" ON "TestimonyShingle"("hash");

-- CreateIndex
CREATE INDEX "RecheckRun_createdAt_idx" ON "RecheckRun"("createdAt");

-- CreateIndex
CREATE INDEX "RecheckRun_state_idx" ON "RecheckRun"("state");

-- CreateIndex
CREATE INDEX "ContentItem_suspendedAt_idx" ON "ContentItem"("suspendedAt");

-- AddForeignKey
ALTER TABLE "IdentifierIndexEntry" ADD CONSTRAINT "IdentifierIndexEntry_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdentifierIndexEntry" ADD CONSTRAINT "IdentifierIndexEntry_dictionaryEntryId_fkey" FOREIGN KEY ("dictionaryEntryId") REFERENCES "DictionaryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TestimonyShingle" ADD CONSTRAINT "TestimonyShingle_redactedTextId_fkey" FOREIGN KEY ("redactedTextId") REFERENCES "RedactedText"("id") ON DELETE CASCADE ON UPDATE CASCADE;
