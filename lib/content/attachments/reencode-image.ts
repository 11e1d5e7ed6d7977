// Decodes an uploaded image and encodes it afresh, so nothing but pixels survives:
// sharp writes no EXIF, GPS, XMP, IPTC or ICC block unless asked, and we never ask.
import "server-only";
import { m } from "@/lib/i18n/translate";
import sharp from "sharp";
import { InvalidInput } from "@/lib/errors";
import { MAX_ATTACHMENT_BYTES } from "./schemas";

const FORMATS = { png: "image/png", jpeg: "image/jpeg", webp: "image/webp" } as const;
export type ImageFormat = keyof typeof FORMATS;

// A decompression bomb is refused before it is decoded.
const MAX_PIXELS = 50_000_000;

const refused = () => new InvalidInput(m("content.errors.imageType"), { file: [m("content.errors.imageType")] });

export type CleanImage = { bytes: Buffer; format: ImageFormat; mimeType: string; width: number; height: number };

export async function reencodeImage(input: Buffer): Promise<CleanImage> {
  if (input.byteLength > MAX_ATTACHMENT_BYTES) throw new InvalidInput(m("content.errors.imageTooLarge"), { file: [m("content.errors.imageTooLarge")] });
  let format: string | undefined;
  try {
    format = (await sharp(input, { limitInputPixels: MAX_PIXELS }).metadata()).format;
  } catch {
    throw refused();
  }
  if (format !== "png" && format !== "jpeg" && format !== "webp") throw refused();
  try {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_PIXELS, failOn: "error" })
      .rotate()
      .toFormat(format)
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, format, mimeType: FORMATS[format], width: info.width, height: info.height };
  } catch {
    throw refused();
  }
}
