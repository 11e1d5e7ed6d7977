// Testimony pasted into content is found by its shingles: every run of SHINGLE_WORDS
// consecutive words, hashed after normalising each word, so a passage copied from approved
// redacted testimony is recognised however it was re-wrapped, re-punctuated or re-cased.
// Pure (text in, hashes out); shared by the index of testimony and the check of items.
import { createHash } from "node:crypto";
import { canonicalText, originalRange } from "@/lib/leak-guard/canonical-text";
import { foldWord } from "@/lib/redaction/detector/normalize";

/**
 * Eight words: long enough that two people writing on the same theme do not produce the
 * same run by chance (0 of 260 clean paragraphs linked to any testimony of the corpus,
 * scripts/bench-pasted-testimony.ts), short enough that one pasted sentence is found.
 */
export const SHINGLE_WORDS = 8;

/** Raised whenever words, normalisation or hashing change: stored shingles of older formats are rebuilt. */
export const SHINGLE_FORMAT = 1;

/** A word in normalised form, and where it stands in the original text. */
export type Word = { word: string; start: number; end: number };
/** One run of SHINGLE_WORDS words: its hash and its range in the original text. */
export type Shingle = { hash: string; start: number; end: number };

// Letters and digits; an apostrophe inside a word keeps it whole ("didn't" and "didnt" are one word).
const WORD = /[\p{L}\p{N}]+(?:['’ʼ`´][\p{L}\p{N}]+)*/gu;

/**
 * One word as the index compares it: the canonical text of the leak guard (look-alike
 * letters, invisible characters, presentation forms, other digits, Persian keyboard letters
 * and hamza seats folded) then the detector's fold (lower case, Latin diacritics, tashkeel,
 * apostrophes); alif maqsura is read as yaa everywhere, since typists swap them freely.
 */
export function normaliseWord(word: string): string {
  return foldWord(word).replace(/\u0649/g, "\u064A");
}

/** The words of a text in normalised form, with their ranges in it. Placeholders such as "[PERSON 1]" are words too. */
export function normalisedWords(text: string): Word[] {
  const canonical = canonicalText(text);
  const words: Word[] = [];
  for (const match of canonical.text.matchAll(WORD)) {
    const word = normaliseWord(match[0]);
    if (!word) continue;
    const { start, end } = originalRange(canonical, match.index, match.index + match[0].length);
    words.push({ word, start, end });
  }
  return words;
}

/** 16 hex digits of SHA-256 over the words joined by single spaces. */
export function shingleHash(words: readonly string[]): string {
  return createHash("sha256").update(words.join(" ")).digest("hex").slice(0, 16);
}

/**
 * Runs mostly of numbers say nothing about who spoke: subtitle timings ("1 00 00 01 000 00
 * 00 04") recur in every transcript. A run counts when at least half its words have a letter.
 */
const MIN_WORDS_WITH_LETTERS = SHINGLE_WORDS / 2;
const LETTER = /\p{L}/u;

/** Every run of SHINGLE_WORDS consecutive words of the text (none when it is shorter), except runs mostly of numbers. */
export function shinglesOf(text: string): Shingle[] {
  const words = normalisedWords(text);
  const shingles: Shingle[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const run = words.slice(i, i + SHINGLE_WORDS);
    if (run.filter((w) => LETTER.test(w.word)).length < MIN_WORDS_WITH_LETTERS) continue;
    shingles.push({ hash: shingleHash(run.map((w) => w.word)), start: run[0]!.start, end: run.at(-1)!.end });
  }
  return shingles;
}
