// Digits from other scripts. Arabic-Indic digits are what an Arabic keyboard or an Arabic
// locale types (٠٥٣٢), Persian ones what Kurdish and Persian keyboards type (۰۵۳۲); the rest
// (fullwidth, mathematical, Devanagari) are deliberate. Mixing scripts inside one number
// defeats a guard that converts only one script.

export const DIGIT_ZEROS = {
  ascii: 0x30,
  arabicIndic: 0x0660,
  persian: 0x06f0,
  devanagari: 0x0966,
  bengali: 0x09e6,
  fullwidth: 0xff10,
  mathBold: 0x1d7ce,
  mathDoubleStruck: 0x1d7d8,
  mathSansSerif: 0x1d7e2,
  mathSansSerifBold: 0x1d7ec,
  mathMonospace: 0x1d7f6,
} as const;

export type DigitScript = keyof typeof DIGIT_ZEROS;
export const DIGIT_SCRIPTS = Object.keys(DIGIT_ZEROS) as DigitScript[];

/** "٠٥٣٢ ٤١٨": every ASCII digit written in one script. */
export function digitsInScript(text: string, script: DigitScript): string {
  return text.replace(/[0-9]/g, (d) => String.fromCodePoint(DIGIT_ZEROS[script] + Number(d)));
}

/** "0٥۳２ 𝟒18": the i-th digit in `scripts[i]` (cycling), so one number mixes several scripts. */
export function mixedDigitScripts(text: string, scripts: readonly DigitScript[]): string {
  let index = 0;
  return text.replace(/[0-9]/g, (d) => {
    const script = scripts[index++ % Math.max(1, scripts.length)] ?? "ascii";
    return String.fromCodePoint(DIGIT_ZEROS[script] + Number(d));
  });
}
