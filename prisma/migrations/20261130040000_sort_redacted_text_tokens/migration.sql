-- The blind word tokens of approved redacted testimony were stored in the order their words
-- first appear, which shows the shape of the text to whoever reads the table or a backup.
-- New rows are written sorted (lib/redaction/sealed-redacted-text.ts); this sorts the rest.
-- Matching uses array overlap, so the order changes no search result.
UPDATE "RedactedText"
SET "searchTokens" = ARRAY(SELECT token FROM unnest("searchTokens") AS token ORDER BY token COLLATE "C")
WHERE cardinality("searchTokens") > 1;
