-- Interface and delivery languages: a person's choice, and a partner organisation's default.
CREATE TYPE "Locale" AS ENUM ('en', 'ar', 'fr');

ALTER TABLE "User" ADD COLUMN "locale" "Locale";

ALTER TABLE "PartnerOrganization" ADD COLUMN "defaultLocale" "Locale" NOT NULL DEFAULT 'en';
