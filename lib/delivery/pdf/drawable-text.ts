// Fullwidth and mathematical letters and other compatibility forms are drawn as the letters
// they stand for, and digits of scripts the faces lack as 0–9: the embedded faces have no
// glyphs for them, and a box is no text. Arabic-Indic digits are drawn as they are.
import { canonicalString } from "@/lib/leak-guard/canonical-text";

const OTHER_DIGIT = /(?![0-9\u0660-\u0669\u06F0-\u06F9])\p{Nd}/gu;

export function drawable(text: string): string {
  return text.normalize("NFKC").replace(OTHER_DIGIT, (digit) => canonicalString(digit));
}
