// Mathematical alphanumeric symbols (U+1D400–U+1D7FF): the "fancy text" generators people
// use for bold or script names on social media. NFKC turns every one back into ASCII.

export type MathStyle =
  | "bold" | "italic" | "bold-italic" | "script" | "bold-script" | "fraktur" | "double-struck"
  | "bold-fraktur" | "sans-serif" | "sans-serif-bold" | "sans-serif-italic" | "monospace";

export const MATH_STYLES: readonly MathStyle[] = [
  "bold", "italic", "bold-italic", "script", "bold-script", "fraktur", "double-struck",
  "bold-fraktur", "sans-serif", "sans-serif-bold", "sans-serif-italic", "monospace",
];

const CAPITAL_A: Record<MathStyle, number> = {
  bold: 0x1d400, italic: 0x1d434, "bold-italic": 0x1d468, script: 0x1d49c, "bold-script": 0x1d4d0,
  fraktur: 0x1d504, "double-struck": 0x1d538, "bold-fraktur": 0x1d56c, "sans-serif": 0x1d5a0,
  "sans-serif-bold": 0x1d5d4, "sans-serif-italic": 0x1d608, monospace: 0x1d670,
};

const DIGIT_ZERO: Partial<Record<MathStyle, number>> = {
  bold: 0x1d7ce, "double-struck": 0x1d7d8, "sans-serif": 0x1d7e2, "sans-serif-bold": 0x1d7ec, monospace: 0x1d7f6,
};

/** The styles that have digits too, for numbers without letters. */
export const MATH_DIGIT_STYLES = Object.keys(DIGIT_ZERO) as MathStyle[];

// Letters encoded earlier in Letterlike Symbols; their slots in the mathematical block are
// unassigned, so a naive offset would produce an empty box instead of a letter.
const HOLES: Partial<Record<MathStyle, Record<string, number>>> = {
  italic: { h: 0x210e },
  script: { B: 0x212c, E: 0x2130, F: 0x2131, H: 0x210b, I: 0x2110, L: 0x2112, M: 0x2133, R: 0x211b, e: 0x212f, g: 0x210a, o: 0x2134 },
  fraktur: { C: 0x212d, H: 0x210c, I: 0x2111, R: 0x211c, Z: 0x2128 },
  "double-struck": { C: 0x2102, H: 0x210d, N: 0x2115, P: 0x2119, Q: 0x211a, R: 0x211d, Z: 0x2124 },
};

/** "𝐑𝐚𝐬𝐡𝐢𝐝", "𝓡𝓪𝓼𝓱𝓲𝓭", "ℝ𝕒𝕤𝕙𝕚𝕕": ASCII letters (and digits where the style has them) restyled. */
export function mathAlphanumerics(text: string, style: MathStyle = "bold"): string {
  return text.replace(/[A-Za-z0-9]/g, (c) => {
    const hole = HOLES[style]?.[c];
    if (hole !== undefined) return String.fromCodePoint(hole);
    if (/[0-9]/.test(c)) {
      const zero = DIGIT_ZERO[style];
      return zero === undefined ? c : String.fromCodePoint(zero + Number(c));
    }
    const index = /[A-Z]/.test(c) ? c.charCodeAt(0) - 65 : 26 + c.charCodeAt(0) - 97;
    return String.fromCodePoint(CAPITAL_A[style] + index);
  });
}
