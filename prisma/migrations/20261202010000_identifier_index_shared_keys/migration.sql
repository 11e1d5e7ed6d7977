-- The leak guard's blind index stored a WORD row and a prefix row (the first words of a
-- phrase) once per source, though they are the same for every source that shares the word
-- ("abd", "mohammed"): a check read them all and kept one of each, so the rows it read grew
-- with the number of sources (issue #13). They are now stored once, in "IdentifierIndexKey",
-- with the number of IdentifierIndexEntry rows that hold them. IdentifierIndexEntry keeps
-- every row as the source's reference (erasure and cascades delete them as before), but a
-- check reads there only the rows that name a source (final, not WORD).

-- CreateTable
CREATE TABLE "IdentifierIndexKey" (
    "hash" TEXT NOT NULL,
    "final" BOOLEAN NOT NULL,
    "type" TEXT NOT NULL,
    "word" TEXT NOT NULL DEFAULT '',
    "refs" INTEGER NOT NULL,

    CONSTRAINT "IdentifierIndexKey_pkey" PRIMARY KEY ("hash","final","type","word")
);

-- Existing databases keep their index: the shared keys are counted from the rows they have.
INSERT INTO "IdentifierIndexKey" ("hash", "final", "type", "word", "refs")
SELECT "hash", "final", "type", COALESCE("word", ''), count(*)
FROM "IdentifierIndexEntry"
WHERE NOT ("final" AND "type" <> 'WORD')
GROUP BY 1, 2, 3, 4;

-- The counts follow every insert and delete of IdentifierIndexEntry rows, whoever makes them:
-- rebuildSourceIndex, an erasure, or the cascade of a removed dictionary entry or source.
-- Keys are taken in one order (sorted) in each statement, so two transactions that share keys
-- wait for each other instead of deadlocking; ON CONFLICT … DO UPDATE and UPDATE re-read a
-- row another transaction changed, so no count is lost.
CREATE FUNCTION "identifier_index_keys_added"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "IdentifierIndexKey" AS "k" ("hash", "final", "type", "word", "refs")
  SELECT "hash", "final", "type", COALESCE("word", ''), count(*)::int
  FROM "added"
  WHERE NOT ("final" AND "type" <> 'WORD')
  GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("hash", "final", "type", "word") DO UPDATE SET "refs" = "k"."refs" + EXCLUDED."refs";
  RETURN NULL;
END
$$;

CREATE FUNCTION "identifier_index_keys_removed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "IdentifierIndexKey" "k"
  WHERE ("k"."hash", "k"."final", "k"."type", "k"."word") IN (SELECT "hash", "final", "type", COALESCE("word", '') FROM "removed" WHERE NOT ("final" AND "type" <> 'WORD'))
  ORDER BY "k"."hash", "k"."final", "k"."type", "k"."word"
  FOR UPDATE OF "k";
  UPDATE "IdentifierIndexKey" "k" SET "refs" = "k"."refs" - "g"."n"
  FROM (
    SELECT "hash", "final", "type", COALESCE("word", '') AS "word", count(*)::int AS "n"
    FROM "removed"
    WHERE NOT ("final" AND "type" <> 'WORD')
    GROUP BY 1, 2, 3, 4
  ) "g"
  WHERE ("k"."hash", "k"."final", "k"."type", "k"."word") = ("g"."hash", "g"."final", "g"."type", "g"."word");
  DELETE FROM "IdentifierIndexKey" "k"
  WHERE "k"."refs" <= 0
    AND ("k"."hash", "k"."final", "k"."type", "k"."word") IN (SELECT "hash", "final", "type", COALESCE("word", '') FROM "removed" WHERE NOT ("final" AND "type" <> 'WORD'));
  RETURN NULL;
END
$$;

CREATE TRIGGER "identifier_index_keys_added" AFTER INSERT ON "IdentifierIndexEntry"
REFERENCING NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "identifier_index_keys_added"();

CREATE TRIGGER "identifier_index_keys_removed" AFTER DELETE ON "IdentifierIndexEntry"
REFERENCING OLD TABLE AS "removed" FOR EACH STATEMENT EXECUTE FUNCTION "identifier_index_keys_removed"();

-- A check reads from IdentifierIndexEntry only the rows that name a source, from the index alone.
DROP INDEX "IdentifierIndexEntry_hash_covering_idx";
CREATE INDEX "IdentifierIndexEntry_source_rows_idx" ON "IdentifierIndexEntry"("hash") INCLUDE ("sourceId", "type", "word") WHERE "final" AND "type" <> 'WORD';

-- Every check asks whether a source is indexed under an older format; the index answers "none" at once.
CREATE INDEX "Source_indexFormat_idx" ON "Source"("indexFormat");

-- Statistics for the planner now, not at autovacuum's next pass.
ANALYZE "IdentifierIndexKey";
ANALYZE "IdentifierIndexEntry";
