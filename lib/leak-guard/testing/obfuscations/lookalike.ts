// Letters from other blocks that look like Latin ones. Cyrillic and Greek twins are the
// classic deliberate evasion (and come by accident from a Russian or Greek keyboard layout);
// fullwidth forms come from East Asian input methods; the right-to-left override stores a
// name backwards while displaying it forwards.
import { graphemes } from "./text-units";

export const CYRILLIC_TWINS: Record<string, string> = {
  a: "а", e: "е", o: "о", p: "р", c: "с", y: "у", x: "х", s: "ѕ", i: "і", j: "ј", h: "һ",
  A: "А", B: "В", C: "С", E: "Е", H: "Н", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х", S: "Ѕ", I: "І", J: "Ј",
};

export const GREEK_TWINS: Record<string, string> = {
  o: "ο", v: "ν", i: "ι", u: "υ",
  A: "Α", B: "Β", E: "Ε", H: "Η", I: "Ι", K: "Κ", M: "Μ", N: "Ν", O: "Ο", P: "Ρ", T: "Τ", X: "Χ", Y: "Υ", Z: "Ζ",
};

/**
 * Replaces letters that have a twin: all of them when `which` is "all", otherwise only the
 * `which`-th substitutable letter (an attacker needs just one to break an exact match).
 */
function withTwins(text: string, twins: Record<string, string>, which: number | "all"): string {
  const chars = [...text];
  const positions = chars.flatMap((c, i) => (c in twins ? [i] : []));
  if (positions.length === 0) return text;
  const chosen = which === "all" ? positions : [positions[((which % positions.length) + positions.length) % positions.length] ?? 0];
  for (const i of chosen) chars[i] = twins[chars[i] ?? ""] ?? chars[i] ?? "";
  return chars.join("");
}

/** "Rаshid" with a Cyrillic а. */
export function cyrillicLookalikes(text: string, which: number | "all" = "all"): string {
  return withTwins(text, CYRILLIC_TWINS, which);
}

/** "ΑΒU ΗΑΜΖΑ"-style Greek capitals and ο ν ι υ in lower case. */
export function greekLookalikes(text: string, which: number | "all" = "all"): string {
  return withTwins(text, GREEK_TWINS, which);
}

/** "Ｒａｓｈｉｄ": ASCII letters, digits and punctuation in their fullwidth forms (U+FF01–U+FF5E). */
export function fullwidthForms(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

const RIGHT_TO_LEFT_OVERRIDE = "\u202E";
const POP_DIRECTIONAL_FORMATTING = "\u202C";

/**
 * U+202E + "dihsaR" + U+202C: stored backwards, displayed as "Rashid" because the override
 * lays the run out right to left. Only for left-to-right text: Arabic letters would join in
 * the reversed (wrong) order.
 */
export function rightToLeftOverride(text: string): string {
  const reversed = graphemes(text).map((g) => g.text).reverse().join("");
  return RIGHT_TO_LEFT_OVERRIDE + reversed + POP_DIRECTIONAL_FORMATTING;
}
