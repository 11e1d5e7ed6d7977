-- Two hardenings of the audit chain's triggers (migration 20261129200300_audit_hash_chain).
--
-- 1. The database, not the client, decides when an event happened. Before, a client that
--    sent its own "at" could backdate an event inside a correctly chained row. Now the
--    append stamps the wall-clock time taken after the chain lock, so "at" also rises with
--    "sequence". The column holds UTC without a time zone, as Prisma writes it.
-- 2. The chain's functions resolve names only in pg_catalog and the schema they were
--    created in, whatever search_path the calling session sets, so an object created in
--    another schema cannot stand in for the table or for a built-in such as sha256.

CREATE OR REPLACE FUNCTION "audit_event_append"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  head_sequence INTEGER;
  head_hash TEXT;
BEGIN
  PERFORM pg_advisory_xact_lock(7320165202611291);
  SELECT "sequence", "hash" INTO head_sequence, head_hash FROM "AuditEvent" ORDER BY "sequence" DESC LIMIT 1;
  NEW."sequence" := COALESCE(head_sequence, 0) + 1;
  NEW."previousHash" := COALESCE(head_hash, repeat('0', 64));
  -- Whatever the client sent is replaced; the column keeps milliseconds, so hash exactly what is stored.
  NEW."at" := date_trunc('milliseconds', clock_timestamp() AT TIME ZONE 'UTC');
  NEW."hash" := "audit_event_hash"(NEW."previousHash", "audit_event_canonical"(NEW."sequence", NEW."id", NEW."at",
    NEW."actorId", NEW."actorEmail", NEW."action", NEW."targetType", NEW."targetId", NEW."requestId", NEW."details"));
  RETURN NEW;
END $$;

DO $$
DECLARE
  pinned TEXT := format('pg_catalog, %I, pg_temp', current_schema());
BEGIN
  EXECUTE format('ALTER FUNCTION "audit_event_append"() SET search_path = %s', pinned);
  EXECUTE format('ALTER FUNCTION "audit_event_refuse_change"() SET search_path = %s', pinned);
  EXECUTE format('ALTER FUNCTION "audit_event_hash"(TEXT, TEXT) SET search_path = %s', pinned);
  EXECUTE format('ALTER FUNCTION "audit_event_canonical"(INTEGER, TEXT, TIMESTAMP(3), TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, JSONB) SET search_path = %s', pinned);
END $$;
