-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "budgetVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "disclosureBudget" INTEGER;

-- CreateTable
CREATE TABLE "DisclosureAcknowledgement" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "itemVersion" INTEGER NOT NULL,
    "factHash" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DisclosureAcknowledgement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DisclosureBudgetChange" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "previous" INTEGER,
    "budget" INTEGER,
    "reason" TEXT NOT NULL,
    "changedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DisclosureBudgetChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DisclosureAcknowledgement_itemId_itemVersion_idx" ON "DisclosureAcknowledgement"("itemId", "itemVersion");

-- CreateIndex
CREATE UNIQUE INDEX "DisclosureAcknowledgement_itemId_itemVersion_reviewerId_fac_key" ON "DisclosureAcknowledgement"("itemId", "itemVersion", "reviewerId", "factHash");

-- CreateIndex
CREATE INDEX "DisclosureBudgetChange_sourceId_createdAt_idx" ON "DisclosureBudgetChange"("sourceId", "createdAt");

-- AddForeignKey
ALTER TABLE "DisclosureAcknowledgement" ADD CONSTRAINT "DisclosureAcknowledgement_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ContentItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DisclosureBudgetChange" ADD CONSTRAINT "DisclosureBudgetChange_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
