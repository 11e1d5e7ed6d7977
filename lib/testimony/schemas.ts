import { z } from "zod";
import { blankToNull, withoutArraySuffixes } from "@/lib/form-values";
import { LANGUAGE_CODES } from "./languages";
import { transcriptFormatOf } from "./parse-transcript";
import { isAcceptedMediaType, MAX_MEDIA_BYTES, MAX_MEDIA_FILES, MAX_TRANSCRIPT_BYTES, UPLOAD_ID } from "./upload-limits";

// A file input left empty still sends an empty file without a name; the server's
// multipart parser turns the missing name into "undefined".
const isNoFile = (v: unknown) => v instanceof File && v.size === 0 && ["", "undefined", "blob"].includes(v.name);

export const CreateTestimonyInput = z.preprocess(
  withoutArraySuffixes,
  z
    .object({
      sourceId: z.string().trim().min(1).max(100),
      language: z.enum(LANGUAGE_CODES, { message: "testimony.errors.chooseLanguage" }),
      interviewDate: z.preprocess(
        blankToNull,
        z.coerce
          .date({ message: "testimony.errors.validDate" })
          .refine((d) => d.getTime() <= Date.now() + 24 * 60 * 60 * 1000, "testimony.errors.futureDate")
          .nullable()
          .optional(),
      ),
      transcript: z.preprocess(blankToNull, z.string().max(MAX_TRANSCRIPT_BYTES, "The transcript is longer than 5 MB.").nullable().optional()),
      transcriptFile: z.preprocess((v) => (isNoFile(v) ? undefined : v), z.instanceof(File).optional()),
      media: z.preprocess(
        (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((f) => !isNoFile(f)),
        z.array(z.instanceof(File)).max(MAX_MEDIA_FILES, `Attach at most ${MAX_MEDIA_FILES} media files.`),
      ),
      // Media sent ahead through resumable uploads (/api/uploads), by upload id.
      mediaUploads: z.preprocess(
        (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((id) => id !== ""),
        z.array(z.string().regex(UPLOAD_ID, "testimony.errors.unknownUpload")).max(MAX_MEDIA_FILES, "testimony.errors.tooManyFiles").optional(),
      ),
    })
    .superRefine((input, ctx) => {
      const file = input.transcriptFile;
      if (!input.transcript && !file) ctx.addIssue({ code: "custom", path: ["transcript"], message: "testimony.errors.transcriptRequired" });
      if (input.transcript && file) ctx.addIssue({ code: "custom", path: ["transcriptFile"], message: "testimony.errors.notBoth" });
      if (file && !transcriptFormatOf(file.name)) ctx.addIssue({ code: "custom", path: ["transcriptFile"], message: "testimony.errors.fileFormat" });
      if (file && file.size > MAX_TRANSCRIPT_BYTES) ctx.addIssue({ code: "custom", path: ["transcriptFile"], message: "testimony.errors.transcriptTooLarge" });
      if (input.media.length + (input.mediaUploads?.length ?? 0) > MAX_MEDIA_FILES) ctx.addIssue({ code: "custom", path: ["media"], message: `Attach at most ${MAX_MEDIA_FILES} media files.` });
      if (input.mediaUploads && new Set(input.mediaUploads).size !== input.mediaUploads.length) ctx.addIssue({ code: "custom", path: ["media"], message: "testimony.errors.attachedTwice" });
      // Media files are named by position: their names may identify the source.
      input.media.forEach((media, i) => {
        if (media.size > MAX_MEDIA_BYTES) ctx.addIssue({ code: "custom", path: ["media"], message: `Media file ${i + 1} is larger than 20 MB.` });
        else if (media.size === 0) ctx.addIssue({ code: "custom", path: ["media"], message: `Media file ${i + 1} is empty.` });
        if (!isAcceptedMediaType(media.type)) ctx.addIssue({ code: "custom", path: ["media"], message: `Media file ${i + 1} is not audio, video or an image.` });
      });
    }),
);
export type CreateTestimonyInput = z.infer<typeof CreateTestimonyInput>;
