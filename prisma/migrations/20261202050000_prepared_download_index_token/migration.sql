-- A prepared kit or PDF remembers the identifier index's token from when its preparation began:
-- a fetch that finds another refuses the file, whose bytes were never checked against what was
-- learned since. Files prepared before this column (null) are refused the same way.

-- AlterTable
ALTER TABLE "PreparedDownload" ADD COLUMN     "indexToken" TEXT;
