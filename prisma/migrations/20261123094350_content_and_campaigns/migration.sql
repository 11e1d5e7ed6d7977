-- CreateEnum
CREATE TYPE "ContentType" AS ENUM ('QUOTE_CARD', 'ARTICLE', 'SOCIAL_POST', 'VIDEO_SCRIPT', 'AUDIO_SCRIPT', 'INFOGRAPHIC_BRIEF');

-- CreateEnum
CREATE TYPE "ContentState" AS ENUM ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'PUBLISHED', 'RETIRED');

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentItem" (
    "id" TEXT NOT NULL,
    "type" "ContentType" NOT NULL,
    "state" "ContentState" NOT NULL DEFAULT 'DRAFT',
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "internalNotes" TEXT,
    "audiences" TEXT[],
    "channels" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "approvedVersion" INTEGER,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "retiredAt" TIMESTAMP(3),
    "retiredReason" TEXT,

    CONSTRAINT "ContentItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentTheme" (
    "itemId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    CONSTRAINT "ContentTheme_pkey" PRIMARY KEY ("itemId","themeId")
);

-- CreateTable
CREATE TABLE "ContentVersion" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "type" "ContentType" NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "themeIds" TEXT[],
    "audiences" TEXT[],
    "channels" TEXT[],
    "quoteIds" TEXT[],
    "attachmentIds" TEXT[],
    "editedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentQuote" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "redactedTextId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "usage" TEXT NOT NULL DEFAULT 'VERBATIM',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentQuote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentAttachment" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "altText" TEXT,
    "caption" TEXT,
    "content" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentComment" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "objective" TEXT NOT NULL,
    "audiences" TEXT[],
    "regions" TEXT[],
    "languages" TEXT[],
    "channels" TEXT[],
    "startsOn" TIMESTAMP(3),
    "endsOn" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CampaignItem" (
    "campaignId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignItem_pkey" PRIMARY KEY ("campaignId","itemId")
);

-- CreateTable
CREATE TABLE "CampaignPartner" (
    "campaignId" TEXT NOT NULL,
    "partnerOrgId" TEXT NOT NULL,
    "sharedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CampaignPartner_pkey" PRIMARY KEY ("campaignId","partnerOrgId")
);

-- CreateTable
CREATE TABLE "Download" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "itemVersion" INTEGER NOT NULL,
    "userId" TEXT,
    "partnerOrgId" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Download_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Theme_name_key" ON "Theme"("name");

-- CreateIndex
CREATE INDEX "ContentItem_state_updatedAt_idx" ON "ContentItem"("state", "updatedAt");

-- CreateIndex
CREATE INDEX "ContentItem_createdById_state_idx" ON "ContentItem"("createdById", "state");

-- CreateIndex
CREATE INDEX "ContentItem_language_idx" ON "ContentItem"("language");

-- CreateIndex
CREATE INDEX "ContentItem_type_idx" ON "ContentItem"("type");

-- CreateIndex
CREATE INDEX "ContentTheme_themeId_idx" ON "ContentTheme"("themeId");

-- CreateIndex
CREATE UNIQUE INDEX "ContentVersion_itemId_number_key" ON "ContentVersion"("itemId", "number");

-- CreateIndex
CREATE INDEX "ContentQuote_itemId_idx" ON "ContentQuote"("itemId");

-- CreateIndex
CREATE INDEX "ContentQuote_sourceId_idx" ON "ContentQuote"("sourceId");

-- CreateIndex
CREATE INDEX "ContentAttachment_itemId_idx" ON "ContentAttachment"("itemId");

-- CreateIndex
CREATE INDEX "ContentComment_itemId_createdAt_idx" ON "ContentComment"("itemId", "createdAt");

-- CreateIndex
CREATE INDEX "Campaign_createdAt_idx" ON "Campaign"("createdAt");

-- CreateIndex
CREATE INDEX "Campaign_name_idx" ON "Campaign"("name");

-- CreateIndex
CREATE INDEX "CampaignItem_itemId_idx" ON "CampaignItem"("itemId");

-- CreateIndex
CREATE INDEX "CampaignPartner_partnerOrgId_idx" ON "CampaignPartner"("partnerOrgId");

-- CreateIndex
CREATE UNIQUE INDEX "Download_reference_key" ON "Download"("reference");

-- CreateIndex
CREATE INDEX "Download_itemId_createdAt_idx" ON "Download"("itemId", "createdAt");

-- CreateIndex
CREATE INDEX "Download_partnerOrgId_createdAt_idx" ON "Download"("partnerOrgId", "createdAt");

-- AddForeignKey
ALTER TABLE "ContentTheme" ADD CONSTRAINT "ContentTheme_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ContentItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentTheme" ADD CONSTRAINT "ContentTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentVersion" ADD CONSTRAINT "ContentVersion_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ContentItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentQuote" ADD CONSTRAINT "ContentQuote_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ContentItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentAttachment" ADD CONSTRAINT "ContentAttachment_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ContentItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentComment" ADD CONSTRAINT "ContentComment_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ContentItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignItem" ADD CONSTRAINT "CampaignItem_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignItem" ADD CONSTRAINT "CampaignItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ContentItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignPartner" ADD CONSTRAINT "CampaignPartner_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CampaignPartner" ADD CONSTRAINT "CampaignPartner_partnerOrgId_fkey" FOREIGN KEY ("partnerOrgId") REFERENCES "PartnerOrganization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Download" ADD CONSTRAINT "Download_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ContentItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Full-text search (PostgreSQL and PGlite alike): expression indexes that the
-- search queries repeat exactly. 'simple' keeps Arabic and English words intact.
CREATE INDEX "ContentItem_search_idx" ON "ContentItem" USING GIN (to_tsvector('simple', "title" || ' ' || "body"));
CREATE INDEX "RedactedText_search_idx" ON "RedactedText" USING GIN (to_tsvector('simple', "text"));
