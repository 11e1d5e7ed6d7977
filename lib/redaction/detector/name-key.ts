// A spelling-proof key for a name word: a consonant skeleton shared by Latin and Arabic
// script. "Youssef", "Yusuf" and "يوسف" all become "ZF"; "Shami", "Chami" and "شامي"
// become "SM"; vowel-initial names keep a marker ("Omar", "Umar", "عمر" → "@MR").
import { foldWord } from "./normalize";
import { soundKeys } from "./sound-keys";

// "بو", "Bou", "Bu": the Gulf and the Maghreb say the kunya without its alif (بو حمزة)
const ABU = new Set(["abu", "abou", "abo", "aboo", "abi", "aba", "ebu", "bu", "bou", "ابو", "ابي", "ابا", "بو"]);
const ABU_AL = new Set(["abul", "abil", "abal", "aboul"]);
const UMM = new Set(["umm", "um", "oum", "omm", "om", "ummu", "ام"]);
const BIN = new Set(["bin", "ibn", "ben", "bint", "ould", "بن", "ابن", "بنت"]);
const ABD = /^(?:abd|abdel|abdul|abdal|abdur|abdar|abdol|abdoul|عبد)(?=(?:al|el|ul)?.{3,})/;
// "Abdullah", "Abdulla", "Abd Allah", "عبد الله": the divine name after "Abd" in any spelling
// is one word, matched as itself — as a sound it would be "awwal" (أول, "first") and more.
const ALLAH_AFTER_ABD = /^(?:[aeiu]?ll?ah?|الله|لله|اله)$/;
const ALLAH_ALONE = /^(?:allah|ullah|الله)$/;

const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/sch/g, "S"], [/sh/g, "S"], [/ch/g, "S"], [/kh/g, "H"], [/gh/g, "G"], [/th/g, "Z"], [/dh/g, "Z"], [/ph/g, "F"],
  [/dj/g, "G"], [/ck/g, "K"], [/ou/g, "u"], [/ee/g, "i"], [/oo/g, "u"],
];
const LETTER_CLASS: Record<string, string> = {
  b: "B", p: "B", t: "T", d: "D", f: "F", v: "F", s: "Z", z: "Z", x: "KZ", l: "L", m: "M", n: "N", r: "R", k: "K", q: "K",
  c: "K", g: "G", j: "G", h: "H",
  "ب": "B", "ت": "T", "ث": "Z", "ج": "G", "ح": "H", "خ": "H", "د": "D", "ذ": "Z", "ر": "R", "ز": "Z", "س": "Z", "ش": "S",
  "ص": "Z", "ض": "D", "ط": "T", "ظ": "Z", "غ": "G", "ف": "F", "ق": "K", "ك": "K", "ل": "L", "م": "M", "ن": "N", "ه": "H",
  "پ": "B", "چ": "S", "گ": "G", "ڤ": "F",
};
/** Canonical words that match only as themselves. */
const FIXED_WORDS = new Set(["ABU", "UMM", "BIN", "ABD", "ALLAH"]);
const VOWEL_START = /^[aeiouاعء]/;

/** Canonical tokens for the words that vary most and carry least: kunya, "bin", "Abd". */
export function canonicalWord(folded: string): string[] {
  if (folded.startsWith("#")) return [folded];
  if (ABU.has(folded)) return ["ABU"];
  if (ABU_AL.has(folded)) return ["ABU"];
  if (UMM.has(folded)) return ["UMM"];
  if (BIN.has(folded)) return ["BIN"];
  if (ALLAH_ALONE.test(folded)) return ["ALLAH"];
  const abd = ABD.exec(folded);
  if (abd) {
    const rest = folded.slice(abd[0].length);
    if (ALLAH_AFTER_ABD.test(rest)) return ["ABD", "ALLAH"];
    return ["ABD", ...canonicalWord(rest.replace(/^(?:al|el|ul)(?=.{3,})/, ""))];
  }
  return [folded];
}

function skeleton(folded: string): string {
  let word = folded;
  if (/^[\u0621-\u064A]/.test(word)) word = word.replace(/ه$/, "");
  else word = word.replace(/([aeiou])h$/, "$1");
  const marker = VOWEL_START.test(word) ? "@" : "";
  for (const [re, to] of LATIN_DIGRAPHS) word = word.replace(re, to);
  let out = "";
  for (const ch of word) {
    const cls = LETTER_CLASS[ch] ?? (/[A-Z]/.test(ch) ? ch : "");
    for (const c of cls) if (!out.endsWith(c)) out += c;
  }
  return marker + out;
}

/**
 * Keys under which a name word can match. The vowel-normalised form always counts; the
 * skeleton counts when it has 3+ letters, or 2 when `allowWeak` (a capitalised or Arabic
 * word), so that "Chami" finds "Shami" while "some" never finds "Sami".
 */
const KEY_CACHE = new Map<string, string[]>();

export function nameKeys(word: string, allowWeak: boolean): string[] {
  const cacheKey = (allowWeak ? "1" : "0") + word;
  const cached = KEY_CACHE.get(cacheKey);
  if (cached) return cached;
  if (KEY_CACHE.size > 50_000) KEY_CACHE.clear();
  const keys = nameKeysUncached(word, allowWeak);
  KEY_CACHE.set(cacheKey, keys);
  return keys;
}

function nameKeysUncached(word: string, allowWeak: boolean): string[] {
  if (FIXED_WORDS.has(word) || word.startsWith("#")) return [word];
  const folded = foldWord(word);
  const keys = ["=" + folded.replace(/ee/g, "i").replace(/ou/g, "u").replace(/y$/, "i").replace(/(.)\1/g, "$1").replace(/([aeiou])h$/, "$1")];
  const key = skeleton(folded);
  const consonants = key.replace("@", "").length;
  if (consonants >= 3 || (consonants === 2 && (key.length >= 3 || allowWeak))) keys.push(key);
  return keys;
}

/**
 * The leak guard's keys for a name word: its own (vowel-normalised) spelling and its sound
 * keys, which cross scripts but keep the long vowels Arabic writes (see sound-keys.ts).
 * Consonant skeletons are left out: across thousands of sources every ordinary word meets
 * some name by skeleton.
 */
export function guardKeys(word: string): string[] {
  if (FIXED_WORDS.has(word) || word.startsWith("#")) return [word];
  const [exact] = nameKeys(word, false);
  return [exact!, ...soundKeys(foldWord(word))];
}
