-- CreateEnum
CREATE TYPE "StaffRoleRequestKind" AS ENUM ('INVITE', 'PROMOTE');

-- AlterTable
ALTER TABLE "ContentItem" ADD COLUMN     "submitterIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "SourceTeamMember" (
    "sourceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceTeamMember_pkey" PRIMARY KEY ("sourceId","userId")
);

-- CreateTable
CREATE TABLE "EmergencyAccess" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "adminId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmergencyAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewAssignment" (
    "id" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "assignedById" TEXT NOT NULL,
    "redactionId" TEXT,
    "itemId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleChange" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "fromRole" "Role",
    "toRole" "Role" NOT NULL,
    "changedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffRoleRequest" (
    "id" TEXT NOT NULL,
    "kind" "StaffRoleRequestKind" NOT NULL,
    "email" TEXT NOT NULL,
    "userId" TEXT,
    "role" "Role" NOT NULL,
    "requestedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "outcome" TEXT,

    CONSTRAINT "StaffRoleRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SourceTeamMember_userId_idx" ON "SourceTeamMember"("userId");

-- CreateIndex
CREATE INDEX "EmergencyAccess_sourceId_expiresAt_idx" ON "EmergencyAccess"("sourceId", "expiresAt");

-- CreateIndex
CREATE INDEX "EmergencyAccess_adminId_expiresAt_idx" ON "EmergencyAccess"("adminId", "expiresAt");

-- CreateIndex
CREATE INDEX "EmergencyAccess_openedAt_idx" ON "EmergencyAccess"("openedAt");

-- CreateIndex
CREATE INDEX "ReviewAssignment_redactionId_idx" ON "ReviewAssignment"("redactionId");

-- CreateIndex
CREATE INDEX "ReviewAssignment_itemId_idx" ON "ReviewAssignment"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewAssignment_reviewerId_redactionId_key" ON "ReviewAssignment"("reviewerId", "redactionId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewAssignment_reviewerId_itemId_key" ON "ReviewAssignment"("reviewerId", "itemId");

-- CreateIndex
CREATE INDEX "RoleChange_userId_createdAt_idx" ON "RoleChange"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "StaffRoleRequest_outcome_createdAt_idx" ON "StaffRoleRequest"("outcome", "createdAt");

-- AddForeignKey
ALTER TABLE "SourceTeamMember" ADD CONSTRAINT "SourceTeamMember_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceTeamMember" ADD CONSTRAINT "SourceTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmergencyAccess" ADD CONSTRAINT "EmergencyAccess_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleChange" ADD CONSTRAINT "RoleChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Every existing source's team starts as its handling editor.
INSERT INTO "SourceTeamMember" ("sourceId", "userId", "createdAt")
SELECT "id", "handlingEditorId", CURRENT_TIMESTAMP FROM "Source";

-- Every existing account's role history starts with the role it holds now.
INSERT INTO "RoleChange" ("id", "userId", "fromRole", "toRole", "createdAt")
SELECT 'rc_' || "id", "id", NULL, "role", "createdAt" FROM "User";

-- Whoever submitted a redaction before this change may not approve it either.
UPDATE "Redaction" r SET "editorIds" = array_append(r."editorIds", e."actorId")
FROM (SELECT DISTINCT "targetId", "actorId" FROM "AuditEvent" WHERE "action" = 'redaction.submitted' AND "actorId" IS NOT NULL) e
WHERE e."targetId" = r."testimonyId" AND NOT (e."actorId" = ANY (r."editorIds"));

UPDATE "ContentItem" c SET "submitterIds" = s.ids
FROM (SELECT "targetId", array_agg(DISTINCT "actorId") AS ids FROM "AuditEvent" WHERE "action" = 'content.submitted' AND "actorId" IS NOT NULL GROUP BY "targetId") s
WHERE s."targetId" = c."id";
