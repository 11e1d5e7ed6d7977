// Finds mentions of indexed identifiers in a (canonical) text by looking up the keys of its
// words, numbers and addresses: round one asks which indexed word each word of the text may
// be, round two which of those words alone is an entry or begins one, and each later round
// only for the phrases still open. The answers equal those of the direct matcher
// (matchDictionary in guard mode) over the same entries; index-equivalence.test.ts proves it.
import { aloneKeys, codePieces, digitRuns, gluedStart, literalPieces, strongKeys, tokenKeys, type WordRoleOf } from "@/lib/redaction/detector/dictionary-text";
import { joined } from "@/lib/redaction/detector/lexicon";
import type { Token } from "@/lib/redaction/detector/tokenize";
import type { IdentifierType } from "@/lib/redaction/detector/types";
import { codeKey, digitsKey, literalKey, MIN_NUMBER_SUFFIX, nationalKey, pathKey, suffixKey, wordKey } from "./index-keys";

export type IndexRow = { sourceId: string; type: IdentifierType | "WORD"; final: boolean; word: string | null };
/** Rows stored under each key asked for (keys with no rows may be absent). */
export type IndexLookup = (keys: readonly string[]) => Promise<Map<string, readonly IndexRow[]>>;
export type IndexHit = { start: number; end: number; type: IdentifierType; sourceId: string };

// An entry longer than this many words is not a name; it also bounds the rounds.
const MAX_PHRASE_WORDS = 16;

type Open = { start: number; last: number; path: string[]; strong: boolean };

function numberKeys(digits: string): string[] {
  const keys = [digitsKey(digits), nationalKey(digits)];
  for (let n = MIN_NUMBER_SUFFIX; n < digits.length; n++) keys.push(nationalKey(digits.slice(-n)));
  if (digits.length >= MIN_NUMBER_SUFFIX) keys.push(suffixKey(digits));
  return keys;
}

class Hits {
  private readonly byId = new Map<string, IndexHit>();
  add(start: number, end: number, rows: readonly IndexRow[] | undefined): void {
    for (const row of rows ?? []) {
      if (!row.final || row.type === "WORD") continue;
      this.byId.set(`${start}:${end}:${row.type}:${row.sourceId}`, { start, end, type: row.type, sourceId: row.sourceId });
    }
  }
  list(): IndexHit[] {
    return [...this.byId.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

const hasPrefix = (rows: readonly IndexRow[] | undefined) => rows?.some((r) => !r.final && r.type !== "WORD") ?? false;

type WordMatch = { alone: boolean; strong: boolean };

/** For each token, the indexed words it may be, whether it may be each alone, and whether firmly (see strongKeys). */
function wordsOfTokens(tokens: readonly Token[], wordRole: WordRoleOf, found: Map<string, readonly IndexRow[]>): Map<string, WordMatch>[] {
  return tokens.map((token) => {
    const role = wordRole(token);
    const alone = new Set(aloneKeys(token, role));
    const strong = new Set(strongKeys(token, role));
    const words = new Map<string, WordMatch>();
    for (const key of tokenKeys(token, role)) {
      for (const row of found.get(wordKey(key)) ?? []) {
        if (row.type !== "WORD" || !row.word) continue;
        const was = words.get(row.word);
        words.set(row.word, { alone: (was?.alone ?? false) || alone.has(key), strong: (was?.strong ?? false) || strong.has(key) });
      }
    }
    return words;
  });
}

export async function findInIndex(text: string, tokens: readonly Token[], wordRole: WordRoleOf, lookup: IndexLookup): Promise<IndexHit[]> {
  const runs = digitRuns(text);
  const pieces = literalPieces(text);
  const codes = codePieces(text);

  const firstRound = new Set<string>();
  for (const token of tokens) for (const key of tokenKeys(token, wordRole(token))) firstRound.add(wordKey(key));
  for (const run of runs) for (const key of numberKeys(run.digits)) firstRound.add(key);
  for (const piece of pieces) firstRound.add(literalKey(piece.text));
  for (const code of codes) firstRound.add(codeKey(code.text));
  const found = await lookup([...firstRound]);

  const hits = new Hits();
  for (const run of runs) for (const key of numberKeys(run.digits)) hits.add(run.start, run.end, found.get(key));
  for (const piece of pieces) hits.add(piece.start, piece.end, found.get(literalKey(piece.text)));
  for (const code of codes) hits.add(code.start, code.end, found.get(codeKey(code.text)));

  const words = wordsOfTokens(tokens, wordRole, found);
  let open: Open[] = [];
  words.forEach((ids, i) => ids.forEach((match, id) => open.push({ start: i, last: i, path: [id], strong: match.strong })));

  for (let length = 1; open.length > 0 && length <= MAX_PHRASE_WORDS; length++) {
    const rows = await lookup([...new Set(open.map((o) => pathKey(o.path)))]);
    const next: Open[] = [];
    for (const candidate of open) {
      const stored = rows.get(pathKey(candidate.path));
      // one word alone is an entry only by a key that may stand alone ("said" is no Said)
      const mayStand = length > 1 ? candidate.strong : words[candidate.start]!.get(candidate.path[0]!)!.alone;
      if (mayStand) hits.add(gluedStart(text, tokens, candidate.start, joined, wordRole), tokens[candidate.last]!.end, stored);
      if (!hasPrefix(stored)) continue;
      const j = candidate.last + 1;
      const token = tokens[j];
      if (!token || !joined(text, tokens[candidate.last]!, token)) continue;
      words[j]!.forEach((match, id) => next.push({ start: candidate.start, last: j, path: [...candidate.path, id], strong: candidate.strong || match.strong }));
    }
    open = next;
  }
  return hits.list();
}

// "Khosh naw", "Nasr-Allah", "نصر الله", "Khosh🔥naw": a one-word name written in two or three
// pieces. Pieces parted by a space, a hyphen, a dot, a slash or a symbol are glued and looked
// up as spelled (exact key only, never by sound: "in the" must not sound like a name).
const GLUE_GAP = /^(?:[ \-./·_\p{S}\u00A0]{1,3}(?:ال)?)$/u;
const GLUE_SEPARATORS = /[\s\-./·_\p{S}\u00A0]/gu;
const MAX_GLUED = 3;
const MIN_GLUED_LENGTH = 5;

export type GluedWord = { start: number; end: number; keys: string[] };

/**
 * Windows of two or three neighbouring words that may be one name written apart. At least one
 * word must be able to be a name (`namelike`): "of the" is never glued, "Khosh naw" is.
 */
export function gluedWords(text: string, tokens: readonly Token[], mayGlue: (token: Token) => boolean, namelike: (token: Token) => boolean, keysOf: (word: string) => string[]): GluedWord[] {
  const glued: GluedWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayGlue(tokens[i]!)) continue;
    let anyNamelike = namelike(tokens[i]!);
    for (let j = i + 1; j < Math.min(tokens.length, i + MAX_GLUED); j++) {
      const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
      // a sentence's full stop and the next word are not one name
      if (!GLUE_GAP.test(gap) || /\.\s/.test(gap) || !mayGlue(tokens[j]!)) break;
      anyNamelike ||= namelike(tokens[j]!);
      // "نصر الله": the article the tokenizer set apart is part of the glued word
      const word = text.slice(tokens[i]!.start, tokens[j]!.end).replace(GLUE_SEPARATORS, "");
      if (anyNamelike && word.length >= MIN_GLUED_LENGTH) glued.push({ start: tokens[i]!.start, end: tokens[j]!.end, keys: keysOf(word) });
    }
  }
  return glued;
}

/** Hits of glued words that are, as spelled, a one-word entry: two rounds, like single words. */
export async function findGluedInIndex(glued: readonly GluedWord[], lookup: IndexLookup): Promise<IndexHit[]> {
  if (glued.length === 0) return [];
  const found = await lookup([...new Set(glued.flatMap((g) => g.keys.map(wordKey)))]);
  const idsOf = glued.map((g) => new Set(g.keys.flatMap((k) => (found.get(wordKey(k)) ?? []).filter((r) => r.type === "WORD" && r.word).map((r) => r.word!))));
  const paths = await lookup([...new Set(idsOf.flatMap((ids) => [...ids].map((id) => pathKey([id]))))]);
  const hits = new Hits();
  glued.forEach((g, i) => idsOf[i]!.forEach((id) => hits.add(g.start, g.end, paths.get(pathKey([id])))));
  return hits.list();
}
