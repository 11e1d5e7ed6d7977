// Input of the attachment commands. The file itself is checked by sniffing its bytes
// (reencode-image.ts), never by the name or type the browser sent.
import { z } from "zod";
import { isNoFile } from "@/lib/form-values";
import { BIDI_CONTROL_MESSAGE, hasBidiControls } from "@/lib/leak-guard/unseen-text";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);

export const AddAttachmentInput = z.object({
  itemId: z.string().min(1).max(64),
  expectedVersion: z.coerce.number().int().min(1),
  file: z.preprocess(
    (v) => (isNoFile(v) ? undefined : v),
    z.instanceof(File, { message: "content.errors.chooseImage" }).refine((f) => f.size <= MAX_ATTACHMENT_BYTES, "content.errors.imageTooLarge"),
  ),
  altText: z.preprocess(trimmed, z.string().min(1, "content.errors.describeImage").max(500).refine((v) => !hasBidiControls(v), BIDI_CONTROL_MESSAGE)),
  caption: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : trimmed(v)), z.string().max(500).refine((v) => !hasBidiControls(v), BIDI_CONTROL_MESSAGE).nullable().default(null)),
});
export type AddAttachmentInput = z.input<typeof AddAttachmentInput>;

export const RemoveAttachmentInput = z.object({
  itemId: z.string().min(1).max(64),
  attachmentId: z.string().min(1).max(64),
  expectedVersion: z.coerce.number().int().min(1),
});
export type RemoveAttachmentInput = z.input<typeof RemoveAttachmentInput>;
