// Keys for a name word that survive spelling and script, but not much else: its consonants
// AND the long vowels Arabic writes. "Nazim" and ناظم share a key (N-a-Z-M); the ordinary
// word نظام (N-Z-a-M, "regime") does not, though all three share the consonant skeleton NZM.
// Arabic writes long vowels (ا و ي) and leaves short ones out; Latin writes every vowel and
// cannot say which are long, so a Latin word stands for every choice of its vowels being
// written or not, and an Arabic word for exactly the vowels it writes.
import { isArabicWord } from "./normalize";

const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/sch/g, "S"], [/sh/g, "S"], [/ch/g, "S"], [/kh/g, "H"], [/gh/g, "G"], [/th/g, "Z"], [/dh/g, "Z"], [/ph/g, "F"],
  [/dj/g, "G"], [/ck/g, "K"], [/ou/g, "u"], [/ee/g, "i"], [/oo/g, "u"],
];
const CONSONANT: Record<string, string> = {
  b: "B", p: "B", t: "T", d: "D", f: "F", v: "F", s: "Z", z: "Z", x: "KZ", l: "L", m: "M", n: "N", r: "R", k: "K", q: "K",
  c: "K", g: "G", j: "G", h: "H",
  "ب": "B", "ت": "T", "ث": "Z", "ج": "G", "ح": "H", "خ": "H", "د": "D", "ذ": "Z", "ر": "R", "ز": "Z", "س": "Z", "ش": "S",
  "ص": "Z", "ض": "D", "ط": "T", "ظ": "Z", "غ": "G", "ف": "F", "ق": "K", "ك": "K", "ل": "L", "م": "M", "ن": "N", "ه": "H",
  "پ": "B", "چ": "S", "گ": "G", "ڤ": "F",
};
const LATIN_VOWEL: Record<string, string> = { a: "A", e: "I", i: "I", y: "I", o: "U", u: "U", w: "U" };
const ARABIC_VOWEL: Record<string, string> = { "ا": "A", "ي": "I", "ى": "I", "و": "U" };
/** Letters that are only a glottal catch or ayn: the start of a word, not a sound Latin writes inside one. */
const SILENT_ARABIC = new Set(["ع", "ء"]);
const MAX_KEYS = 96;

type Part = { consonant: string } | { vowels: string[] };

/** Arabic: one key. The first letter may be a consonant ي/و; ayn, hamza or alif at the start is "@". */
function arabicKey(word: string): string {
  const letters = [...word.replace(/ه$/, "")];
  let key = "";
  letters.forEach((letter, i) => {
    let symbol: string;
    if (i === 0 && (letter === "ا" || SILENT_ARABIC.has(letter))) symbol = "@";
    else if (i === 0 && letter === "ي") symbol = "Y";
    else if (i === 0 && letter === "و") symbol = "W";
    else if (SILENT_ARABIC.has(letter)) symbol = "";
    else symbol = ARABIC_VOWEL[letter] ?? CONSONANT[letter] ?? "";
    if (symbol && !(symbol === key.at(-1) && symbol !== "@")) key += symbol;
  });
  return key;
}

/** Latin: consonant symbols and vowel groups, in order. */
function latinParts(word: string): Part[] {
  let w = word.replace(/([aeiou])h$/, "$1");
  for (const [re, to] of LATIN_DIGRAPHS) w = w.replace(re, to);
  const parts: Part[] = [];
  [...w].forEach((ch, i) => {
    // "y" and "w" open a word as consonants (Yusuf, Walid); elsewhere they are vowels, as ي and و are
    if ((ch === "y" || ch === "w") && i === 0 && /[aeiou]/.test(w[1] ?? "")) {
      parts.push({ consonant: ch === "y" ? "Y" : "W" });
      return;
    }
    const vowel = LATIN_VOWEL[ch];
    if (vowel) {
      const last = parts.at(-1);
      if (last && "vowels" in last) {
        if (last.vowels.at(-1) !== vowel) last.vowels.push(vowel);
      } else parts.push({ vowels: [vowel] });
      return;
    }
    const consonant = /[A-Z]/.test(ch) ? ch : (CONSONANT[ch] ?? "");
    for (const c of consonant) {
      const last = parts.at(-1);
      if (!(last && "consonant" in last && last.consonant === c)) parts.push({ consonant: c });
    }
  });
  return parts;
}

/** Each way Arabic could write a Latin vowel group: any of its vowels written long, the others left out. */
function writtenVowels(vowels: string[]): string[] {
  const group = vowels.slice(0, 4);
  const options = new Set<string>();
  for (let mask = 0; mask < 1 << group.length; mask++) options.add(group.filter((_, i) => mask & (1 << i)).join(""));
  return [...options];
}

// The same Arabic letter written by different traditions of spelling it in Latin letters:
// Kurdish and Turkish x for kh and c for j (Xelîl, Cebbar), Persian and Kurdish v for w
// (Khoshnav), g for qaf in the Gulf and the Maghreb (Gassimi), French c for s (Kacimi), d for
// dh (Gaddafi), German and Dutch j for y (Jassin), German ch and Spanish j for kh (Chalidi,
// Jalidi), Turkish z for dad (Ramazani) and a final t for d (Hamit), and the Maghreb's
// dropped first vowel (Brahimi). A word is read each of these ways, one at a time, on both
// sides of a match: an entry and a text word match when one reading of each agrees.
const SPELLING_TRADITIONS: [RegExp, string][] = [
  [/x/g, "kh"],
  [/c(?![hk])/g, "j"],
  [/c(?=[eiy])/g, "s"],
  [/v/g, "w"],
  [/g(?!h)/g, "q"],
  [/dh/g, "d"],
  [/^j(?=[aeiou])/, "y"],
  [/ch/g, "kh"],
  [/j/g, "kh"],
  [/z/g, "d"],
  [/t(?=[aeiou]?$)/, "d"],
  [/^[ie](?=[bcdfghjklmnpqrstvwxz]{2})/, ""],
];

function latinReadings(word: string): string[] {
  const readings = [word];
  for (const [pattern, spelling] of SPELLING_TRADITIONS) {
    pattern.lastIndex = 0;
    if (pattern.test(word)) readings.push(word.replace(pattern, spelling));
  }
  return readings;
}

// A reading in another tradition counts only by keys of three sounds or more: "Hidi" for
// Hiti would otherwise be the HD of every Arabic word with ح and د.
const MIN_READING_KEY = 3;

function latinKeys(word: string): string[] {
  const [asWritten, ...others] = latinReadings(word);
  const keys = [...latinKeysOfReading(asWritten!), ...others.flatMap((r) => latinKeysOfReading(r).filter((k) => k.replace("@", "").length >= MIN_READING_KEY))];
  // the word as written first, so a long word's cap keeps its own keys
  return [...new Set(keys)].slice(0, MAX_KEYS);
}

function latinKeysOfReading(word: string): string[] {
  const parts = latinParts(word);
  let keys = [""];
  parts.forEach((part, i) => {
    if ("consonant" in part) {
      keys = keys.map((k) => k + part.consonant);
      return;
    }
    // a word that starts with a vowel starts with alif or ayn in Arabic: "@", then the vowel as written
    const options = writtenVowels(part.vowels).map((v) => (i === 0 ? "@" + v : v));
    keys = keys.flatMap((k) => options.map((v) => k + v)).slice(0, MAX_KEYS);
  });
  return [...new Set(keys)];
}

/** The sound keys of a folded word (lower-case Latin or folded Arabic), "~"-prefixed. */
export function soundKeys(folded: string): string[] {
  const keys = isArabicWord(folded) ? [arabicKey(folded)] : latinKeys(folded);
  return keys.filter((k) => k.replace("@", "").length >= 2).map((k) => "~" + k);
}
