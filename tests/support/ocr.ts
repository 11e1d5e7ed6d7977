// Reads the words in a picture card as the app reads pictures (lib/media/read-image-text.ts),
// upright and at half size: cards are drawn upright, large for phones, and at half size their
// letters are the height tesseract's models were trained on.
import { readImageText } from "@/lib/media/read-image-text";

export function ocrText(png: Buffer): Promise<string> {
  return readImageText(png, { scale: 0.5, upright: true });
}
