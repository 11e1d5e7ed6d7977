-- Approved redacted testimony is sealed under its source's data key (textEnc) and searched
-- through keyed word tokens (searchTokens) instead of a full-text index over plaintext; see
-- lib/redaction/sealed-redacted-text.ts. Rows written before this migration keep their
-- plaintext in "text" until the next `npm run db:migrate` or `npm start` seals them
-- (scripts/support/seal-redacted-texts.ts), which then empties "text".
ALTER TABLE "RedactedText" ADD COLUMN "textEnc" BYTEA,
ADD COLUMN "searchTokens" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
ALTER COLUMN "text" DROP NOT NULL;

DROP INDEX IF EXISTS "RedactedText_search_idx";
CREATE INDEX "RedactedText_searchTokens_idx" ON "RedactedText" USING GIN ("searchTokens");
