// Arabic presentation forms: what text copied out of many PDFs contains. A PDF stores shaped
// glyphs, and extraction maps each back to the positional form's code point (U+FE70–U+FEFF,
// U+FB50–U+FDFF), so "محمد" comes out as "ﻣﺤﻤﺪ". It looks the same and matches nothing.
// NFKC maps every form back to its letter, the lam-alef ligatures back to two letters.

type Joining = "dual" | "right" | "none" | "causing" | "transparent";

// [isolated, final, initial, medial] code points; right-joining letters have only the first two.
// Alef maqsura (ى) is treated as right-joining: it only ever ends a word, and its initial and
// medial forms exist only in the Uighur block.
const FORMS: Record<string, readonly number[]> = {
  "ء": [0xfe80], "آ": [0xfe81, 0xfe82], "أ": [0xfe83, 0xfe84], "ؤ": [0xfe85, 0xfe86], "إ": [0xfe87, 0xfe88],
  "ئ": [0xfe89, 0xfe8a, 0xfe8b, 0xfe8c], "ا": [0xfe8d, 0xfe8e], "ب": [0xfe8f, 0xfe90, 0xfe91, 0xfe92],
  "ة": [0xfe93, 0xfe94], "ت": [0xfe95, 0xfe96, 0xfe97, 0xfe98], "ث": [0xfe99, 0xfe9a, 0xfe9b, 0xfe9c],
  "ج": [0xfe9d, 0xfe9e, 0xfe9f, 0xfea0], "ح": [0xfea1, 0xfea2, 0xfea3, 0xfea4], "خ": [0xfea5, 0xfea6, 0xfea7, 0xfea8],
  "د": [0xfea9, 0xfeaa], "ذ": [0xfeab, 0xfeac], "ر": [0xfead, 0xfeae], "ز": [0xfeaf, 0xfeb0],
  "س": [0xfeb1, 0xfeb2, 0xfeb3, 0xfeb4], "ش": [0xfeb5, 0xfeb6, 0xfeb7, 0xfeb8], "ص": [0xfeb9, 0xfeba, 0xfebb, 0xfebc],
  "ض": [0xfebd, 0xfebe, 0xfebf, 0xfec0], "ط": [0xfec1, 0xfec2, 0xfec3, 0xfec4], "ظ": [0xfec5, 0xfec6, 0xfec7, 0xfec8],
  "ع": [0xfec9, 0xfeca, 0xfecb, 0xfecc], "غ": [0xfecd, 0xfece, 0xfecf, 0xfed0], "ف": [0xfed1, 0xfed2, 0xfed3, 0xfed4],
  "ق": [0xfed5, 0xfed6, 0xfed7, 0xfed8], "ك": [0xfed9, 0xfeda, 0xfedb, 0xfedc], "ل": [0xfedd, 0xfede, 0xfedf, 0xfee0],
  "م": [0xfee1, 0xfee2, 0xfee3, 0xfee4], "ن": [0xfee5, 0xfee6, 0xfee7, 0xfee8], "ه": [0xfee9, 0xfeea, 0xfeeb, 0xfeec],
  "و": [0xfeed, 0xfeee], "ى": [0xfeef, 0xfef0], "ي": [0xfef1, 0xfef2, 0xfef3, 0xfef4],
  // Persian and Kurdish letters, from Presentation Forms-A.
  "پ": [0xfb56, 0xfb57, 0xfb58, 0xfb59], "چ": [0xfb7a, 0xfb7b, 0xfb7c, 0xfb7d], "ژ": [0xfb8a, 0xfb8b],
  "ڤ": [0xfb6a, 0xfb6b, 0xfb6c, 0xfb6d], "ک": [0xfb8e, 0xfb8f, 0xfb90, 0xfb91], "گ": [0xfb92, 0xfb93, 0xfb94, 0xfb95],
  "ھ": [0xfbaa, 0xfbab, 0xfbac, 0xfbad], "ی": [0xfbfc, 0xfbfd, 0xfbfe, 0xfbff], "ۆ": [0xfbd9, 0xfbda],
};

// Lam followed by an alef: one ligature glyph, [isolated, final].
const LAM_ALEF: Record<string, readonly [number, number]> = {
  "آ": [0xfef5, 0xfef6], "أ": [0xfef7, 0xfef8], "إ": [0xfef9, 0xfefa], "ا": [0xfefb, 0xfefc],
};

// Kurdish letters without presentation forms still steer their neighbours' forms.
const RIGHT_JOINING_WITHOUT_FORMS = new Set(["ە", "ڕ", "ۇ", "ۈ", "ۋ"]);
const DUAL_JOINING_WITHOUT_FORMS = new Set(["ڵ", "ێ"]);

function joining(char: string): Joining {
  if (char === "\u0640" || char === "\u200D") return "causing";
  if (char === "\u200C") return "none";
  if (/[\p{Mn}\p{Me}\p{Cf}]/u.test(char)) return "transparent";
  const forms = FORMS[char];
  if (forms) return forms.length === 4 ? "dual" : forms.length === 2 ? "right" : "none";
  if (RIGHT_JOINING_WITHOUT_FORMS.has(char)) return "right";
  if (DUAL_JOINING_WITHOUT_FORMS.has(char)) return "dual";
  return "none";
}

const joinsToNext = (j: Joining | undefined) => j === "dual" || j === "causing";
const joinsToPrevious = (j: Joining | undefined) => j === "dual" || j === "right" || j === "causing";

/**
 * Every Arabic letter replaced by its positional form, chosen by the Unicode joining rules
 * (transparent marks skipped, tatweel and ZWJ join, ZWNJ breaks); lam-alef as one ligature
 * unless `ligatures` is false.
 */
export function arabicPresentationForms(text: string, ligatures = true): string {
  const chars = [...text];
  const types = chars.map(joining);
  const neighbour = (index: number, step: 1 | -1): Joining | undefined => {
    for (let i = index + step; i >= 0 && i < chars.length; i += step) if (types[i] !== "transparent") return types[i];
    return undefined;
  };
  const nextLetterIndex = (index: number) => {
    for (let i = index + 1; i < chars.length; i++) if (types[i] !== "transparent") return i;
    return -1;
  };
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? "";
    const forms = FORMS[char];
    if (!forms) {
      out += char;
      continue;
    }
    const fromPrevious = joinsToNext(neighbour(i, -1)) && joinsToPrevious(types[i]);
    const next = nextLetterIndex(i);
    const ligature = ligatures && char === "ل" && next === i + 1 ? LAM_ALEF[chars[next] ?? ""] : undefined;
    if (ligature) {
      out += String.fromCodePoint(fromPrevious ? ligature[1] : ligature[0]);
      i = next;
      continue;
    }
    const toNext = types[i] === "dual" && joinsToPrevious(neighbour(i, 1));
    const form = fromPrevious && toNext ? forms[3] : fromPrevious ? forms[1] : toNext ? forms[2] : forms[0];
    out += String.fromCodePoint(form ?? forms[0] ?? 0);
  }
  return out;
}
