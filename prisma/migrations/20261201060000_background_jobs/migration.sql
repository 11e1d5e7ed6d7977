-- CreateEnum
CREATE TYPE "BackgroundJobState" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'DEAD');

-- AlterTable
ALTER TABLE "RecheckRun" ADD COLUMN     "jobId" TEXT;

-- CreateTable
CREATE TABLE "BackgroundJob" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "state" "BackgroundJobState" NOT NULL DEFAULT 'QUEUED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "progressLabel" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 3,
    "lastError" TEXT,
    "requestedById" TEXT,
    "resultRef" TEXT,
    "queueRef" TEXT,
    "nextAttemptAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BackgroundJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BackgroundJob_state_createdAt_idx" ON "BackgroundJob"("state", "createdAt");

-- CreateIndex
CREATE INDEX "BackgroundJob_requestedById_createdAt_idx" ON "BackgroundJob"("requestedById", "createdAt");


-- CreateTable
CREATE TABLE "StoredAnalysis" (
    "testimonyId" TEXT NOT NULL,
    "analysisEnc" BYTEA NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StoredAnalysis_pkey" PRIMARY KEY ("testimonyId")
);
