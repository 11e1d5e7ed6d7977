-- What a prepared kit or PDF was made from, so a fetch can tell it no longer is:
-- the identifier index's token when its preparation began (another at fetch means something
-- was learned since that its bytes were never checked against; files prepared before this
-- column, null, are refused the same way) and, for a kit, its campaign's version (a renamed
-- campaign's old name must not leave).

-- AlterTable
ALTER TABLE "PreparedDownload" ADD COLUMN     "campaignVersion" INTEGER,
ADD COLUMN     "indexToken" TEXT;
