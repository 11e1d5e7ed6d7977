// What the compromise NLP library contributes. Its full tagger runs at ~30 KB/s, far
// below the 1 MB/s budget, so the detector uses (1) compromise's lexicon of given names,
// family names, cities and demonyms as a gazetteer, (2) that lexicon as the test of
// "is this capitalised word ordinary English", and (3) the tagger itself only on a few
// short windows per document, to type the capitalised words nothing else explained.
import nlp from "compromise";
import { isEnglishWord } from "./lexicons/english-words";
import type { IdentifierType } from "./types";

type CompromiseModel = { one: { lexicon: Record<string, string | string[]> } };
const model = (nlp as unknown as { model: () => CompromiseModel }).model();
const LEXICON = model.one.lexicon;

const NAME_TAGS = new Set(["MaleName", "FemaleName", "FirstName", "LastName", "Person"]);
/** Names that are more often English words in testimony. */
const NOT_NAMES = new Set(["will", "may", "june", "april", "august", "mark", "bill", "hope", "grace", "rose", "summer", "autumn", "winter", "joy", "faith", "art", "max", "chase", "miles", "christian", "sunny", "dawn", "star", "sky", "king", "prince", "guy", "rich", "young", "long", "white", "black", "brown", "green", "gray", "grey", "major", "bishop", "page", "ray", "sandy", "rusty", "frank", "earnest", "patience", "precious", "lucky", "victory", "justice", "destiny", "harmony", "golden", "sharia", "allah", "god", "islam"]);

function tagsOf(word: string): string[] {
  const value = Object.prototype.hasOwnProperty.call(LEXICON, word) ? LEXICON[word] : undefined;
  return value === undefined ? [] : ([] as string[]).concat(value);
}

function wordsTagged(accept: (tags: string[]) => boolean): string[] {
  return Object.keys(LEXICON).filter((word) => !NOT_NAMES.has(word) && accept(tagsOf(word)));
}

export const COMPROMISE_NAMES = wordsTagged((tags) => tags.some((t) => NAME_TAGS.has(t)));
export const COMPROMISE_CITIES = wordsTagged((tags) => tags.includes("City"));
export const COMPROMISE_DEMONYMS = wordsTagged((tags) => tags.includes("Demonym"));

/** Given names and cities compromise knows, even those English also writes in lower case. */
const NAME_WORDS: ReadonlySet<string> = new Set([...COMPROMISE_NAMES, ...COMPROMISE_CITIES]);

const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  Object.keys(LEXICON).filter((word) => !tagsOf(word).some((t) => NAME_TAGS.has(t) || t === "City" || t === "Place" || t === "Region")),
);

/**
 * True when the word is ordinary English (not a name or a place): compromise's lexicon, or a
 * word Hunspell writes in lower case, unless compromise knows it as a name ("Rose", "Mark").
 */
export function isKnownEnglishWord(folded: string): boolean {
  if (ENGLISH_WORDS.has(folded)) return true;
  return isEnglishWord(folded) && !NAME_WORDS.has(folded);
}

type TaggedTerm = { text: string; offset: { start: number; length: number } };

export type Verdict = { start: number; end: number; type: IdentifierType };

/** Runs the compromise tagger on one short window and types what it calls a person or place. */
export function tagWindow(window: string): Verdict[] {
  return tagWindows([window])[0] ?? [];
}

/** Between windows: a paragraph break, so no window lends the tagger context to the next. */
const WINDOW_BREAK = "\n\n";

/**
 * tagWindow for many windows in one tagger call: a call costs ~2 ms before it reads a
 * single word, so one call over all windows is several times cheaper than one call each.
 * Offsets in each result are relative to its own window.
 */
export function tagWindows(windows: readonly string[]): Verdict[][] {
  const out: Verdict[][] = windows.map(() => []);
  if (windows.length === 0) return out;
  const offsets: number[] = [];
  let joinedText = "";
  for (const w of windows) {
    if (joinedText !== "") joinedText += WINDOW_BREAK;
    offsets.push(joinedText.length);
    joinedText += w;
  }
  const doc = nlp(joinedText);
  const collect = (terms: TaggedTerm[], type: IdentifierType): void => {
    for (const term of terms) {
      const start = term.offset.start;
      // the last window starting at or before the term holds it
      let w = offsets.length - 1;
      while (w > 0 && (offsets[w] ?? 0) > start) w--;
      const base = offsets[w] ?? 0;
      out[w]?.push({ start: start - base, end: start - base + term.offset.length, type });
    }
  };
  collect(doc.people().out("offset") as TaggedTerm[], "PERSON");
  collect(doc.places().out("offset") as TaggedTerm[], "LOCATION");
  return out;
}
