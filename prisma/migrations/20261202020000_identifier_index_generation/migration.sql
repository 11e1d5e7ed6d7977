-- CreateTable
CREATE TABLE "IdentifierIndexGeneration" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "token" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdentifierIndexGeneration_pkey" PRIMARY KEY ("id")
);

-- Every statement that writes the blind index (inserts, deletes, cascades from a removed
-- dictionary entry or source, truncation) replaces the token in the writer's transaction:
-- a reader sees the new token exactly when it sees the new rows, so a leak verdict
-- remembered under the old token is never reused against the changed index.
CREATE FUNCTION "identifier_index_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "IdentifierIndexGeneration" ("id", "token", "changedAt") VALUES (1, gen_random_uuid()::text, CURRENT_TIMESTAMP)
  ON CONFLICT ("id") DO UPDATE SET "token" = EXCLUDED."token", "changedAt" = EXCLUDED."changedAt";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "IdentifierIndexEntry_changed"
AFTER INSERT OR UPDATE OR DELETE ON "IdentifierIndexEntry"
FOR EACH STATEMENT EXECUTE FUNCTION "identifier_index_changed"();

CREATE TRIGGER "IdentifierIndexEntry_truncated"
AFTER TRUNCATE ON "IdentifierIndexEntry"
FOR EACH STATEMENT EXECUTE FUNCTION "identifier_index_changed"();

INSERT INTO "IdentifierIndexGeneration" ("id", "token") VALUES (1, gen_random_uuid()::text);
