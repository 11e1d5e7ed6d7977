-- The words OCR read in each attachment picture (null: not read yet).
ALTER TABLE "ContentAttachment" ADD COLUMN "imageText" TEXT;
