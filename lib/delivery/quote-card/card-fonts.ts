// Fonts come from npm packages, so a card looks the same on every machine and nothing is
// downloaded: DejaVu Sans for Latin script, Noto Sans Arabic for Arabic (shaped by Pango
// and HarfBuzz inside sharp's libvips). Each file is handed to fontconfig by the first
// text drawn with it; after that either can stand in for the other's missing letters.
import { createRequire } from "node:module";
import path from "node:path";

// Resolved from the working directory at run time, as the PDF's fonts are (pdf/fonts.ts):
// a bundled server (`next start`) has no module path of its own to resolve from.
const fromProject = createRequire(path.join(process.cwd(), "package.json"));

export type CardFont = { family: string; file: string };

const font = (family: string, file: string): CardFont => ({ family, file: fromProject.resolve(file) });

export const CARD_FONTS = {
  latin: { bold: font("DejaVu Sans Bold", "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"), regular: font("DejaVu Sans", "dejavu-fonts-ttf/ttf/DejaVuSans.ttf") },
  arabic: { bold: font("Noto Sans Arabic UI Bold", "noto-sans-arabic/fonts/Bold.ttf"), regular: font("Noto Sans Arabic UI", "noto-sans-arabic/fonts/Regular.ttf") },
} as const;

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;

/** The fonts for a string: Arabic ones when it has Arabic letters. */
export function fontsFor(text: string) {
  return ARABIC_LETTER.test(text) ? CARD_FONTS.arabic : CARD_FONTS.latin;
}
