// The leak guard's look at one text, in any form a partner receives: the text is put in
// canonical form, its words are looked up in the identifier index (every source's
// dictionary and real name), and the detector's evidence-backed direct identifiers are
// added (phones, emails, kunyas, cued names). Positions are in the original text.
import { dictionaryTokens, exactKeys } from "@/lib/redaction/detector/dictionary-text";
import { alternativeReadings } from "./alternative-readings";
import { canonicalText, originalRange, type CanonicalText } from "./canonical-text";
import { directIdentifierSpans } from "./direct-identifiers";
import { findGluedInIndex, findInIndex, gluedWords, type IndexLookup } from "./identifier-index/find-in-index";
import { loadArabicWords } from "./arabic-words";
import { guardWordRole } from "./word-roles";

export type TextHit = { start: number; end: number; type: string; fromDictionary: boolean; sourceId: string | null };

/** Runs `find` on each paragraph alone: a cue at the end of one ("my neighbour") never names the next. */
function byParagraph<T extends { start: number; end: number }>(text: string, find: (paragraph: string) => T[]): T[] {
  const found: T[] = [];
  const breaks = /\n\s*\n/g;
  let from = 0;
  for (const m of [...text.matchAll(breaks), null]) {
    const to = m ? m.index : text.length;
    for (const span of find(text.slice(from, to))) found.push({ ...span, start: span.start + from, end: span.end + from });
    if (m) from = m.index + m[0].length;
  }
  return found;
}

/** The spelled keys of a glued word, read as the tokenizer reads one word. */
function keysAsOneWord(word: string): string[] {
  const tokens = dictionaryTokens(word);
  return tokens.length === 1 ? exactKeys(tokens[0]!) : [];
}

// A name written apart has a piece that may be a name; "of the" has none.
const NAMELIKE_ROLES = new Set(["strict", "ordinary", "spelled"]);

async function hitsIn(text: string, canonical: CanonicalText, lookup: IndexLookup, withDetector: boolean): Promise<TextHit[]> {
  const tokens = dictionaryTokens(canonical.text, undefined, { withoutLinks: true });
  const role = guardWordRole(text, canonical);
  const glued = gluedWords(canonical.text, tokens, (t) => !t.key.startsWith("#") && role(t) !== "never", (t) => NAMELIKE_ROLES.has(role(t)), keysAsOneWord);
  const [words, gluedHits] = await Promise.all([findInIndex(canonical.text, tokens, role, lookup), findGluedInIndex(glued, lookup)]);
  const dictionary = [...words, ...gluedHits];
  const detector = withDetector ? byParagraph(canonical.text, directIdentifierSpans) : [];
  return [
    ...dictionary.map((h) => ({ ...originalRange(canonical, h.start, h.end), type: h.type, fromDictionary: true, sourceId: h.sourceId })),
    ...detector.map((s) => ({ ...originalRange(canonical, s.start, s.end), type: s.type, fromDictionary: false, sourceId: null })),
  ];
}

/** Hits in the canonical text and in each other way of reading it ("R4shid", "T a w f i q"). */
export async function findIdentifiersInText(text: string, lookup: IndexLookup): Promise<TextHit[]> {
  if (text.trim() === "") return [];
  await loadArabicWords();
  const canonical = canonicalText(text);
  const readings = [{ text: canonical, detector: true }, ...alternativeReadings(canonical)];
  const [asWritten, ...others] = await Promise.all(readings.map((reading) => hitsIn(text, reading.text, lookup, reading.detector)));
  // another reading adds what the text as written hides, not the same finding a second time
  const overlapsWritten = (h: TextHit) => asWritten!.some((w) => h.start < w.end && w.start < h.end);
  const hits = [...asWritten!, ...others.flat().filter((h) => !overlapsWritten(h))];
  const seen = new Set<string>();
  return hits
    .filter((h) => {
      const key = `${h.start}:${h.end}:${h.type}:${h.sourceId ?? ""}`;
      return !seen.has(key) && seen.add(key) !== undefined;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
