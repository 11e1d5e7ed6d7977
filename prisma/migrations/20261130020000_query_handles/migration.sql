-- CreateTable
CREATE TABLE "QueryHandle" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "sealed" BYTEA NOT NULL,
    "masterKeyId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QueryHandle_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QueryHandle_expiresAt_idx" ON "QueryHandle"("expiresAt");
