// A word written wholly in Cyrillic, with a letter Latin has no double for, is a Russian (or
// Ukrainian, Chechen…) spelling of a name, "Сардар Хошнау", and is read as its Latin
// transliteration. Look-alike folding is for
// a Cyrillic letter slipped into a Latin word ("Тawfiq"); applied to a whole Cyrillic word it
// would read "Сардар" as "Cap…".

const LATIN_OF: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n",
  о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "",
  э: "e", ю: "yu", я: "ya", і: "i", ї: "yi", є: "ye", ґ: "g", ў: "w", ә: "a", ғ: "gh", қ: "q", ң: "ng", ө: "o", ұ: "u",
  ү: "u", һ: "h", ҳ: "h", ӣ: "i", ӯ: "u", ҷ: "j", ӏ: "",
};

const CYRILLIC_WORD = /[\p{Script=Cyrillic}\p{M}]{2,}/gu;
// Cyrillic letters with no Latin double: a word with one of them is Russian, not a disguise
const ONLY_CYRILLIC = /[бвгджзилмнпфцчшщъыьэюяБГДЖЗИЙЛПФЦЧШЩЪЫЬЭЮЯґєїҐЄЇғқңөұүҳҷӣӯ]/u;
const OTHER_LETTER_NEXT = /[\p{L}\p{N}]/u;

/** Original positions [from, to) of the letters of whole Cyrillic words. */
export function cyrillicWordPositions(input: string): Set<number> {
  const positions = new Set<number>();
  for (const m of input.matchAll(CYRILLIC_WORD)) {
    const before = input[m.index - 1];
    const after = input[m.index + m[0].length];
    // "Тawfiq": a Cyrillic letter among Latin ones is a look-alike, not a Russian word
    if ((before && OTHER_LETTER_NEXT.test(before)) || (after && OTHER_LETTER_NEXT.test(after))) continue;
    // "Моһаmеd" spelled all in look-alikes is a disguised Latin word: look-alike folding reads it
    if (!ONLY_CYRILLIC.test(m[0])) continue;
    for (let i = m.index; i < m.index + m[0].length; i++) positions.add(i);
  }
  return positions;
}

/** The Latin letters a Cyrillic letter is transliterated as, keeping its case; null for other characters. */
export function latinOfCyrillic(char: string): string | null {
  const lower = char.toLowerCase();
  const latin = LATIN_OF[lower];
  if (latin === undefined) return null;
  return char === lower || latin === "" ? latin : latin[0]!.toUpperCase() + latin.slice(1);
}
