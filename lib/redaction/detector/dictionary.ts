// The source's dictionary: what an editor typed about this person, found again under any
// spelling (Abu/Abou/Abū, al-/el-/ash-, Shami/Chami, Latin or Arabic script), and numbers
// found again whatever their spacing or country prefix. This is the direct matcher: it
// compares the text with the entries themselves. The leak guard's blind index
// (lib/leak-guard/identifier-index) gives the same answers from keyed hashes of the entries.
import { compileSurfaces, type MatchMode, type OrdinaryWord, type Phrase, type Surface } from "./dictionary-surfaces";
import { aloneKeys, codePieces, dictionaryTokens, digitRuns, EVERY_WORD_IS_A_NAME, gluedStart, literalPieces, numberMatches, strongKeys, tokenKeys, type WordRoleOf } from "./dictionary-text";
import { joined } from "./lexicon";
import type { Token } from "./tokenize";
import type { DictionaryEntry, Span } from "./types";

export { dictionaryVariants } from "./dictionary-variants";
export type { MatchMode } from "./dictionary-surfaces";

export type MatchOptions = {
  /** default "redaction": any part of a name is a mention (see dictionary-surfaces.ts) */
  mode?: MatchMode;
  /** how each word may take part in a name (default: every word may) */
  wordRole?: WordRoleOf;
  /** guard mode: name parts that are ordinary words do not stand alone */
  isOrdinary?: OrdinaryWord;
};

// A source's dictionary is reused for every document and every call, but callers often
// rebuild the entries array, so compiled dictionaries are found again by their content.
const BY_CONTENT = new Map<string, Surface[]>();

function compiled(entries: readonly DictionaryEntry[], mode: MatchMode, isOrdinary?: OrdinaryWord): Surface[] {
  const signature = mode + (isOrdinary ? "+ordinary" : "") + JSON.stringify(entries.map((e) => [e.text, e.type ?? "", e.variants ?? []]));
  let surfaces = BY_CONTENT.get(signature);
  if (!surfaces) {
    surfaces = compileSurfaces(entries, mode, isOrdinary);
    if (BY_CONTENT.size > 1_000) BY_CONTENT.clear();
    BY_CONTENT.set(signature, surfaces);
  }
  return surfaces;
}

/** Where each key opens a word: phrases are only tried where their first word can be. */
function openingIndex(tokens: readonly Token[], wordRole: WordRoleOf): Map<string, number[]> {
  const index = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    for (const k of tokenKeys(t, wordRole(t))) {
      const list = index.get(k);
      if (list) list.push(i);
      else index.set(k, [i]);
    }
  });
  return index;
}

function findPhrase(text: string, tokens: readonly Token[], opening: Map<string, number[]>, phrase: Phrase, wordRole: WordRoleOf): [number, number][] {
  const starts = new Set<number>();
  for (const key of phrase[0] ?? []) for (const i of opening.get(key) ?? []) starts.add(i);
  const found: [number, number][] = [];
  for (const i of starts) {
    const first = tokens[i]!;
    if (phrase.length === 1 && !aloneKeys(first, wordRole(first)).some((k) => phrase[0]!.includes(k))) continue;
    let ok = true;
    let strong = strongKeys(first, wordRole(first)).some((k) => phrase[0]!.includes(k));
    for (let j = 1; j < phrase.length && ok; j++) {
      const tok = tokens[i + j];
      const prev = tokens[i + j - 1];
      ok = !!tok && !!prev && joined(text, prev, tok) && tokenKeys(tok, wordRole(tok)).some((k) => phrase[j]!.includes(k));
      strong ||= ok && strongKeys(tok!, wordRole(tok!)).some((k) => phrase[j]!.includes(k));
    }
    if (ok && (phrase.length === 1 || strong)) found.push([gluedStart(text, tokens, i, joined, wordRole), tokens[i + phrase.length - 1]!.end]);
  }
  return found;
}

/** Every mention of every entry (and its listed variants) in `text`, as dictionary spans. */
export function matchDictionary(text: string, entries: readonly DictionaryEntry[], textTokens?: readonly Token[], options: MatchOptions = {}): Span[] {
  if (entries.length === 0) return [];
  const surfaces = compiled(entries, options.mode ?? "redaction", options.isOrdinary);
  const wordRole = options.wordRole ?? EVERY_WORD_IS_A_NAME;
  const tokens = dictionaryTokens(text, textTokens);
  const runs = digitRuns(text);
  const pieces = literalPieces(text);
  const codes = codePieces(text);
  let opening: Map<string, number[]> | undefined;
  const spans: Span[] = [];
  for (const surface of surfaces) {
    let ranges: [number, number][];
    if (surface.kind === "literal") ranges = pieces.filter((p) => p.text === surface.needle).map((p) => [p.start, p.end]);
    else if (surface.kind === "code") ranges = codes.filter((p) => p.text === surface.code).map((p) => [p.start, p.end]);
    else if (surface.kind === "number") ranges = runs.filter((r) => numberMatches(r.digits, surface.digits, surface.national)).map((r) => [r.start, r.end]);
    else {
      opening ??= openingIndex(tokens, wordRole);
      const index = opening;
      ranges = surface.phrases.flatMap((phrase) => findPhrase(text, tokens, index, phrase, wordRole));
    }
    for (const [start, end] of ranges) spans.push({ start, end, type: surface.type, text: text.slice(start, end), source: "dictionary", rule: "dictionary" });
  }
  return spans;
}
