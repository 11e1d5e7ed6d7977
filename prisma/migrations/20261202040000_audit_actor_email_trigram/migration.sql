-- The audit viewer's "email contains" filter ("actorEmail" LIKE '%…%') reads a trigram index
-- instead of every event. pg_trgm is a trusted extension (PostgreSQL 13+), so the database
-- owner may create it; the embedded PGlite loads it (lib/db/embedded/pglite-extensions.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "AuditEvent_actorEmail_trgm_idx" ON "AuditEvent" USING GIN ("actorEmail" gin_trgm_ops);
