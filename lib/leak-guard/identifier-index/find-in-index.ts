// Finds mentions of indexed identifiers in a (canonical) text by looking up the keys of its
// words, numbers and addresses: round one asks for every word's keys, each later round only
// for the phrases still open. The answers equal those of the direct matcher
// (matchDictionary in guard mode) over the same entries; index-equivalence.test.ts proves it.
import { aloneKeys, digitRuns, gluedStart, literalPieces, tokenKeys, type WordRoleOf } from "@/lib/redaction/detector/dictionary-text";
import { joined } from "@/lib/redaction/detector/lexicon";
import type { Token } from "@/lib/redaction/detector/tokenize";
import type { IdentifierType } from "@/lib/redaction/detector/types";
import { digitsKey, literalKey, MIN_NUMBER_SUFFIX, nationalKey, phraseKey, suffixKey } from "./index-keys";

export type IndexRow = { sourceId: string; type: IdentifierType; final: boolean };
/** Rows stored under each key asked for (keys with no rows may be absent). */
export type IndexLookup = (keys: readonly string[]) => Promise<Map<string, readonly IndexRow[]>>;
export type IndexHit = { start: number; end: number; type: IdentifierType; sourceId: string };

// An entry longer than this many words is not a name; it also bounds the rounds.
const MAX_PHRASE_WORDS = 16;

type Open = { start: number; last: number; path: string[] };

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
      if (!row.final) continue;
      const hit = { start, end, type: row.type, sourceId: row.sourceId };
      this.byId.set(`${start}:${end}:${row.type}:${row.sourceId}`, hit);
    }
  }
  list(): IndexHit[] {
    return [...this.byId.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

const hasPrefix = (rows: readonly IndexRow[] | undefined) => rows?.some((r) => !r.final) ?? false;

export async function findInIndex(text: string, tokens: readonly Token[], wordRole: WordRoleOf, lookup: IndexLookup): Promise<IndexHit[]> {
  const roles = tokens.map(wordRole);
  const keysOf = tokens.map((t, i) => tokenKeys(t, roles[i]));
  const runs = digitRuns(text);
  const pieces = literalPieces(text);

  const firstRound = new Set<string>();
  keysOf.forEach((keys) => keys.forEach((k) => firstRound.add(phraseKey([k]))));
  for (const run of runs) for (const key of numberKeys(run.digits)) firstRound.add(key);
  for (const piece of pieces) firstRound.add(literalKey(piece.text));
  const found = await lookup([...firstRound]);

  const hits = new Hits();
  for (const run of runs) for (const key of numberKeys(run.digits)) hits.add(run.start, run.end, found.get(key));
  for (const piece of pieces) hits.add(piece.start, piece.end, found.get(literalKey(piece.text)));

  let open: Open[] = [];
  tokens.forEach((token, i) => {
    const alone = aloneKeys(token, roles[i]);
    for (const k of keysOf[i]!) {
      const rows = found.get(phraseKey([k]));
      if (alone.includes(k)) hits.add(gluedStart(text, tokens, i, joined, wordRole), token.end, rows);
      if (hasPrefix(rows)) open.push({ start: i, last: i, path: [k] });
    }
  });

  for (let words = 2; open.length > 0 && words <= MAX_PHRASE_WORDS; words++) {
    const next: Open[] = [];
    for (const { start, last, path } of open) {
      const j = last + 1;
      const token = tokens[j];
      if (!token || !joined(text, tokens[last]!, token)) continue;
      for (const k of keysOf[j]!) next.push({ start, last: j, path: [...path, k] });
    }
    const rows = await lookup([...new Set(next.map((o) => phraseKey(o.path)))]);
    open = [];
    for (const candidate of next) {
      const stored = rows.get(phraseKey(candidate.path));
      hits.add(gluedStart(text, tokens, candidate.start, joined, wordRole), tokens[candidate.last]!.end, stored);
      if (hasPrefix(stored)) open.push(candidate);
    }
  }
  return hits.list();
}
