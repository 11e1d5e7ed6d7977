// What happens to testimony between the transcript and an editor's draft, for measuring
// how reliably pasted passages are found (scripts/bench-pasted-testimony.ts and the unit
// test beside the matcher): excerpts of n words, re-wrapped, re-punctuated, re-cased,
// cut mid-word, or in Arabic re-typed with tashkeel, tatweel and other keyboards' letters.
import { seededRandom, type Random } from "@/lib/leak-guard/testing/prng";
import { cleanParagraphs } from "@/lib/leak-guard/testing/clean-corpus";
import { loadSplit, SPLITS } from "@/lib/redaction/detector/evaluation/corpus";
import { normalisedWords, shinglesOf } from "../shingles";

export type Testimony = { name: string; language: "en" | "ar"; text: string };

const ARABIC = /[\u0600-\u06FF]/;

/** The labelled redaction corpus (invented transcripts, English and Arabic), as testimony. */
export function corpusTestimony(): Testimony[] {
  return SPLITS.flatMap((split) => loadSplit(split)).map((doc) => ({ name: doc.name, language: ARABIC.test(doc.text) ? "ar" : "en", text: doc.text }));
}

/** An in-memory index: shingle hash → names of the testimony holding it. */
export function indexOf(testimony: readonly Testimony[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const t of testimony) {
    for (const s of shinglesOf(t.text)) index.set(s.hash, (index.get(s.hash) ?? new Set()).add(t.name));
  }
  return index;
}

/** Names of the testimony sharing at least one shingle with the text. */
export function linkedTestimony(index: ReadonlyMap<string, ReadonlySet<string>>, text: string): Set<string> {
  const names = new Set<string>();
  for (const s of shinglesOf(text)) for (const name of index.get(s.hash) ?? []) names.add(name);
  return names;
}

export type Transform = { name: string; languages: readonly ("en" | "ar")[]; apply: (text: string, random: Random) => string };

// Punctuation that is not inside a word (not between two letters or digits).
const SENTENCE_PUNCTUATION = /(?<![\p{L}\p{N}])[.,;:!?"'“”‘’«»()\u060C\u061B\u061F\u2026—–-]+|[.,;:!?"'“”‘’«»()\u060C\u061B\u061F\u2026—–-]+(?![\p{L}\p{N}])/gu;
const TASHKEEL = ["\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u064B"];
const KEYBOARD: Record<string, string> = { "ك": "ک", "ي": "ی", "ى": "ي", "أ": "ا", "إ": "ا", "ة": "ه", "ه": "ھ" };

export const TRANSFORMS: readonly Transform[] = [
  { name: "as copied", languages: ["en", "ar"], apply: (s) => s },
  {
    name: "re-wrapped",
    languages: ["en", "ar"],
    apply: (s, r) => s.split(/\s+/).map((w, i) => (i === 0 ? w : r.chance(0.25) ? `\n${r.chance(0.3) ? "> " : ""}${w}` : r.chance(0.2) ? `  ${w}` : ` ${w}`)).join(""),
  },
  {
    // Sentence punctuation dropped, changed or added, straight quotes made typographic; the
    // hyphens and apostrophes inside words stay (a word spelled differently is another word).
    name: "re-punctuated",
    languages: ["en", "ar"],
    apply: (s, r) =>
      s
        .replace(SENTENCE_PUNCTUATION, () => (r.chance(0.5) ? "" : r.pick([",", ";", " —", "…", ".", "،"])))
        .replace(/ (?=\S)/g, () => (r.chance(0.1) ? r.pick([", ", " – ", "; "]) : " "))
        .replace(/(?<=\p{L})'(?=\p{L})/gu, "’"),
  },
  { name: "re-cased", languages: ["en"], apply: (s, r) => (r.chance(0.5) ? s.toUpperCase() : s.replace(/\b\p{L}/gu, (c) => (r.chance(0.5) ? c.toUpperCase() : c.toLowerCase()))) },
  {
    name: "tashkeel, tatweel, other keyboards",
    languages: ["ar"],
    apply: (s, r) =>
      [...s].map((c) => (KEYBOARD[c] && r.chance(0.5) ? KEYBOARD[c] : c) + (ARABIC.test(c) && r.chance(0.25) ? r.pick(TASHKEEL) : "") + (ARABIC.test(c) && r.chance(0.03) ? "\u0640" : "")).join(""),
  },
  { name: "cut mid-word at both ends", languages: ["en", "ar"], apply: (s, r) => s.slice(r.int(1, 3), s.length - r.int(1, 3)) },
];

/**
 * n consecutive words of the text as it stands (its punctuation and line breaks included),
 * from a random place where someone is speaking: runs mostly of timings and numbers are
 * not what editors copy (and not what the index keeps).
 */
export function excerpt(text: string, words: number, random: Random): string {
  const all = normalisedWords(text);
  for (let attempt = 0; ; attempt++) {
    const start = random.int(0, Math.max(0, all.length - words));
    const run = all.slice(start, start + words);
    if (attempt < 50 && run.filter((w) => /\p{L}/u.test(w.word)).length < words / 2) continue;
    return text.slice(run[0]!.start, run.at(-1)!.end);
  }
}

/** Share of trials in which an excerpt of `words` words, transformed, links back to its testimony. */
export function foundRate(testimony: readonly Testimony[], index: ReadonlyMap<string, ReadonlySet<string>>, transform: Transform, words: number, trials: number, seed = 1): number {
  const random = seededRandom(seed);
  const pool = testimony.filter((t) => transform.languages.includes(t.language));
  let found = 0;
  for (let i = 0; i < trials; i++) {
    const source = pool[i % pool.length]!;
    const pasted = transform.apply(excerpt(source.text, words, random), random);
    if (linkedTestimony(index, `Our introduction. ${pasted} Our conclusion.`).has(source.name)) found += 1;
  }
  return found / trials;
}

/** Clean paragraphs (same themes, identifying nobody, quoting no testimony) that link to any testimony. */
export function falseLinks(index: ReadonlyMap<string, ReadonlySet<string>>): { id: string; linked: string[] }[] {
  return cleanParagraphs()
    .map((p) => ({ id: p.id, linked: [...linkedTestimony(index, p.text)] }))
    .filter((p) => p.linked.length > 0);
}
