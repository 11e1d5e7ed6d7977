-- Indexes that match each list's WHERE and ORDER BY, so keyset pages and bounded dashboard
-- queries read an index range instead of scanning and sorting the table (lib/lists).
-- DropIndex
DROP INDEX "AuditEvent_actorId_at_idx";

-- DropIndex
DROP INDEX "ContentItem_language_idx";

-- DropIndex
DROP INDEX "ContentItem_state_updatedAt_idx";

-- DropIndex
DROP INDEX "ContentItem_type_idx";

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_id_idx" ON "AuditEvent"("actorId", "at", "id");

-- CreateIndex
CREATE INDEX "ContentItem_updatedAt_id_idx" ON "ContentItem"("updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "ContentItem_state_updatedAt_id_idx" ON "ContentItem"("state", "updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "ContentItem_type_updatedAt_id_idx" ON "ContentItem"("type", "updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "ContentItem_language_updatedAt_id_idx" ON "ContentItem"("language", "updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "ContentItem_state_publishedAt_idx" ON "ContentItem"("state", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_targetType_targetId_action_sequence_idx" ON "AuditEvent"("targetType", "targetId", "action", "sequence");
