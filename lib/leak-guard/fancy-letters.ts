// "Fancy text" generators write names in letters Unicode gives no compatibility mapping
// (NFKC) and no confusable prototype (TR39): small capitals (ʀᴀsʜɪᴅ), parenthesised and
// squared letters (⒯⒜⒲, 🆃🅰🆆), regional indicators (🇹🇦🇼) and dingbat digits (⓿❺❸).
// A reader reads them as plain letters and digits, so the guard does too. Only characters
// with no other everyday reading are here: $, € and ¥ stay currency signs.

const SMALL_CAPITALS: Record<string, string> = {
  "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m",
  "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ʀ": "r", "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
};

// Letters with a stroke, hook or bar that no decomposition takes back to their base
// (Ŧawfiq, Tawƒiq, Ħamza), the "currency" alphabet (₮₳₩₣) and the Cyrillic ғ fancy text uses for f.
const BARRED_LETTERS: Record<string, string> = {
  "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T", "ƭ": "t", "Ƭ": "T", "ʈ": "t", "Ʈ": "T",
  "ƒ": "f", "Ƒ": "F", "ɓ": "b", "Ɓ": "B", "ƀ": "b", "Ƀ": "B", "ƈ": "c", "Ƈ": "C", "ȼ": "c", "Ȼ": "C", "ɗ": "d", "Ɗ": "D",
  "ɖ": "d", "Ɖ": "D", "ɠ": "g", "Ɠ": "G", "ǥ": "g", "Ǥ": "G", "ɦ": "h", "ɨ": "i", "Ɨ": "I", "ɉ": "j", "Ɉ": "J", "ƙ": "k",
  "Ƙ": "K", "ƚ": "l", "Ƚ": "L", "ɫ": "l", "ɱ": "m", "ɲ": "n", "Ɲ": "N", "ƞ": "n", "ø": "o", "Ø": "O", "ɵ": "o", "Ɵ": "O",
  "ƥ": "p", "Ƥ": "P", "ʠ": "q", "ɋ": "q", "Ɋ": "Q", "ɍ": "r", "Ɍ": "R", "ɽ": "r", "ʂ": "s", "ȿ": "s", "ʉ": "u", "Ʉ": "U",
  "ʋ": "v", "Ʋ": "V", "ƴ": "y", "Ƴ": "Y", "ɏ": "y", "Ɏ": "Y", "ƶ": "z", "Ƶ": "Z", "ȥ": "z", "Ȥ": "Z", "ʐ": "z", "ʑ": "z",
  "ɇ": "e", "Ɇ": "E", "ı": "i",
  "₳": "A", "₵": "C", "₫": "d", "₣": "F", "₲": "G", "₴": "S", "₭": "K", "₥": "m", "₦": "N", "₱": "P", "₮": "T", "₩": "W",
  "ғ": "f", "Ғ": "F",
};

/** Blocks of 26 letters in alphabet order, by first code point, and the letter they start at. */
const LETTER_BLOCKS: [first: number, a: string][] = [
  [0x249c, "a"], // ⒜ parenthesised small letters (NFKC would give "(a)", which parts a word)
  [0x1f110, "A"], // 🄐 parenthesised capitals
  [0x1f130, "A"], // 🄰 squared capitals
  [0x1f150, "A"], // 🅐 negative circled capitals
  [0x1f170, "A"], // 🅰 negative squared capitals
  [0x1f1e6, "A"], // 🇦 regional indicators
];

/** Blocks of digits by first code point and the value it starts at. */
const DIGIT_BLOCKS: [first: number, count: number, value: number][] = [
  [0x24ff, 1, 0], // ⓿
  [0x2474, 9, 1], // ⑴ parenthesised digits (NFKC: "(1)")
  [0x2488, 9, 1], // ⒈ digits with a full stop (NFKC: "1.")
  [0x24f5, 9, 1], // ⓵ double circled digits
  [0x2776, 9, 1], // ❶ dingbat negative circled digits
  [0x2780, 9, 1], // ➀ dingbat circled sans-serif digits
  [0x278a, 9, 1], // ➊ dingbat negative circled sans-serif digits
  [0x1f100, 1, 0], // 🄀 digit zero full stop
  [0x1f101, 10, 0], // 🄁 digit zero comma … nine comma
];

/** The plain letter or digit a fancy character stands for, or null if it is not one. */
export function fancyCharacter(char: string): string | null {
  const plain = SMALL_CAPITALS[char] ?? BARRED_LETTERS[char];
  if (plain) return plain;
  const cp = char.codePointAt(0)!;
  for (const [first, a] of LETTER_BLOCKS) {
    if (cp >= first && cp < first + 26) return String.fromCharCode(a.charCodeAt(0) + cp - first);
  }
  for (const [first, count, value] of DIGIT_BLOCKS) {
    if (cp >= first && cp < first + count) return String(value + cp - first);
  }
  return null;
}
