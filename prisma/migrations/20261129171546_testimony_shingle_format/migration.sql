-- AlterTable
ALTER TABLE "RedactedText" ADD COLUMN     "shingleFormat" INTEGER NOT NULL DEFAULT 0;
