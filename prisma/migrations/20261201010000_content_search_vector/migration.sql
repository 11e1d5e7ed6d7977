-- Search reads a precomputed, weighted full-text vector instead of parsing every item's text per
-- query: title weight A, body weight B, under the text search configuration of the item's
-- language. Queries and snippets use the same mapping (lib/search/text-search.ts). PostgreSQL
-- keeps the vector current as a generated column, so every writer (app, seeds, raw SQL) is indexed.
CREATE FUNCTION content_search_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE language WHEN 'ar' THEN 'arabic'::regconfig WHEN 'en' THEN 'english'::regconfig WHEN 'fr' THEN 'french'::regconfig ELSE 'simple'::regconfig END;

CREATE FUNCTION content_search_vector(language text, title text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN setweight(to_tsvector(content_search_config(language), title), 'A') || setweight(to_tsvector(content_search_config(language), body), 'B');

ALTER TABLE "ContentItem" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (content_search_vector("language", "title", "body")) STORED;

CREATE INDEX "ContentItem_searchVector_idx" ON "ContentItem" USING GIN ("searchVector");

-- Search and leak tracing now match "searchVector"; the unweighted 'simple' expression index has no reader.
DROP INDEX IF EXISTS "ContentItem_search_idx";

