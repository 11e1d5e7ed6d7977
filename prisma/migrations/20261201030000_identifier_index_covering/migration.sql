-- The leak guard looks up every key of a checked text by hash (lib/leak-guard/identifier-index/
-- database-index.ts). A key shared by many sources (a common name part) has one row per source,
-- scattered over the table: with the columns the lookup reads carried in the index, it is
-- answered from the index alone (an index-only scan), without a heap page per row, so a check
-- stays fast however many sources are indexed. Prisma cannot express INCLUDE, so the schema
-- only names this index in a comment.
DROP INDEX "IdentifierIndexEntry_hash_idx";
CREATE INDEX "IdentifierIndexEntry_hash_covering_idx" ON "IdentifierIndexEntry"("hash") INCLUDE ("final", "type", "word", "sourceId");
