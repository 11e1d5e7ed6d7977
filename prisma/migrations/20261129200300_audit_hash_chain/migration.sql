-- A tamper-evident audit trail: every event is chained to the one before it by
-- SHA-256, and the table refuses UPDATE, DELETE and TRUNCATE for everyone.
-- lib/audit/canonical-event.ts computes the same canonical content and hash in
-- JavaScript, so `npm run audit:verify` checks the chain without trusting these functions.

ALTER TABLE "AuditEvent" ADD COLUMN "sequence" INTEGER,
ADD COLUMN "previousHash" TEXT,
ADD COLUMN "hash" TEXT;

-- The canonical content of one event: every column but the hash itself, in a fixed
-- order, as the text of a jsonb array (jsonb's text form is stable: keys sorted,
-- one space after each comma and colon, the same escapes every time).
CREATE FUNCTION "audit_event_canonical"(
  "sequence" INTEGER, "id" TEXT, "at" TIMESTAMP(3), "actorId" TEXT, "actorEmail" TEXT, "action" TEXT,
  "targetType" TEXT, "targetId" TEXT, "requestId" TEXT, "details" JSONB
) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_array(
    "sequence", "id", to_char("at", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), "actorId", "actorEmail", "action",
    "targetType", "targetId", "requestId", "details"
  )::text
$$;

CREATE FUNCTION "audit_event_hash"("previousHash" TEXT, "canonical" TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to("previousHash" || E'\n' || "canonical", 'UTF8')), 'hex')
$$;

-- Existing events are chained in the order they happened.
DO $$
DECLARE
  event RECORD;
  previous TEXT := repeat('0', 64);
  seq_no INTEGER := 0;
  content TEXT;
BEGIN
  FOR event IN SELECT * FROM "AuditEvent" ORDER BY "at", "id" LOOP
    seq_no := seq_no + 1;
    content := "audit_event_canonical"(seq_no, event."id", event."at", event."actorId", event."actorEmail", event."action",
      event."targetType", event."targetId", event."requestId", event."details");
    UPDATE "AuditEvent"
      SET "sequence" = seq_no, "previousHash" = previous, "hash" = "audit_event_hash"(previous, content)
      WHERE "id" = event."id";
    previous := "audit_event_hash"(previous, content);
  END LOOP;
END $$;

ALTER TABLE "AuditEvent" ALTER COLUMN "sequence" SET NOT NULL,
ALTER COLUMN "previousHash" SET NOT NULL,
ALTER COLUMN "hash" SET NOT NULL;

-- A second appender that somehow skipped the lock below fails here instead of forking the chain.
CREATE UNIQUE INDEX "AuditEvent_sequence_key" ON "AuditEvent"("sequence");

-- Appends one event to the chain. The advisory lock is held until the appending
-- transaction ends, so concurrent writers take their turns and each sees the
-- previous head once it has committed (READ COMMITTED: every statement a new snapshot).
-- Whatever a client sent for sequence, previousHash and hash is overwritten.
CREATE FUNCTION "audit_event_append"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  head_sequence INTEGER;
  head_hash TEXT;
BEGIN
  PERFORM pg_advisory_xact_lock(7320165202611291);
  SELECT "sequence", "hash" INTO head_sequence, head_hash FROM "AuditEvent" ORDER BY "sequence" DESC LIMIT 1;
  NEW."sequence" := COALESCE(head_sequence, 0) + 1;
  NEW."previousHash" := COALESCE(head_hash, repeat('0', 64));
  -- The column keeps milliseconds; hash exactly what is stored.
  NEW."at" := date_trunc('milliseconds', COALESCE(NEW."at", CURRENT_TIMESTAMP));
  NEW."hash" := "audit_event_hash"(NEW."previousHash", "audit_event_canonical"(NEW."sequence", NEW."id", NEW."at",
    NEW."actorId", NEW."actorEmail", NEW."action", NEW."targetType", NEW."targetId", NEW."requestId", NEW."details"));
  RETURN NEW;
END $$;

CREATE TRIGGER "audit_event_append" BEFORE INSERT ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append"();

-- Nobody changes or removes an event, the owner included: an owner can disable
-- these triggers, and the hash chain (with exported heads) then shows what changed.
CREATE FUNCTION "audit_event_refuse_change"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit events are append-only: % on "AuditEvent" is refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER "audit_event_refuse_update_delete" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"();

CREATE TRIGGER "audit_event_refuse_truncate" BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"();

-- Whoever runs the app gets no UPDATE, DELETE or TRUNCATE through PUBLIC either;
-- lib/db/grant-app-role.ts grants the app's own role what it needs after each migration.
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM PUBLIC;
