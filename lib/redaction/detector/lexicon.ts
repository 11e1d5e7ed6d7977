// Phrase lookup over tokens: each gazetteer is compiled once into a map from folded
// token sequences to a type, then the text is scanned in one pass (longest phrase first).
import type { IdentifierType, SpanSource } from "./types";
import { contentTokens, tokenize, type Token } from "./tokenize";

export type LexiconKind = IdentifierType | "SAFE" | "FIRSTNAME";
export type LexiconEntry = { kind: LexiconKind; source: SpanSource; requireCapital: boolean; name: string };
/** One word of a phrase in the lexicon's trie: the phrases that continue from it, and the entry it completes. */
type TrieNode = { next: Map<string, TrieNode>; entry?: LexiconEntry };
/** trie: the phrases word by word, so a scan follows them without building keys and stops as soon as no phrase can continue. */
export type Lexicon = { phrases: Map<string, LexiconEntry>; maxTokens: number; trie: TrieNode };
export type LexiconHit = { start: number; end: number; kind: LexiconKind; source: SpanSource; name: string; first: number; last: number };

/** name: what a hit is reported as found by (Span.rule), e.g. "gazetteer:locations". */
export type LexiconList = { kind: LexiconKind; name: string; source?: SpanSource; requireCapital?: boolean; words: readonly string[] };

const PHRASE_KEY_CACHE = new Map<string, string>();

export function phraseKey(phrase: string): string {
  const cached = PHRASE_KEY_CACHE.get(phrase);
  if (cached !== undefined) return cached;
  const key = contentTokens(tokenize(phrase)).map((t) => t.key).join(" ");
  if (PHRASE_KEY_CACHE.size > 50_000) PHRASE_KEY_CACHE.clear();
  PHRASE_KEY_CACHE.set(phrase, key);
  return key;
}

/** Later lists do not override earlier ones, so put the most specific lists first. */
export function compileLexicon(lists: readonly LexiconList[]): Lexicon {
  const phrases = new Map<string, LexiconEntry>();
  let maxTokens = 1;
  const trie: TrieNode = { next: new Map() };
  for (const list of lists) {
    const entry: LexiconEntry = { kind: list.kind, source: list.source ?? "gazetteer", requireCapital: list.requireCapital ?? true, name: list.name };
    for (const word of list.words) {
      const key = phraseKey(word);
      if (key === "" || phrases.has(key)) continue;
      phrases.set(key, entry);
      const words = key.split(" ");
      maxTokens = Math.max(maxTokens, key.split(" ").length);
      let node = trie;
      for (const w of words) {
        let child = node.next.get(w);
        if (!child) { child = { next: new Map() }; node.next.set(w, child); }
        node = child;
      }
      node.entry = entry;
    }
  }
  return { phrases, maxTokens, trie };
}

const GAP_BREAK = new Set([...".,;:!?()[]{}\"“”«»\n/|،؛؟"].map((c) => c.charCodeAt(0)));

/** Two content tokens belong to one phrase only if nothing but spaces, hyphens or articles separate them. */
export function joined(text: string, left: Token, right: Token): boolean {
  if (right.start - left.end > 6) return false;
  for (let i = left.end; i < right.start; i++) if (GAP_BREAK.has(text.charCodeAt(i))) return false;
  return true;
}

function capitalOk(entry: LexiconEntry, token: Token): boolean {
  return !entry.requireCapital || token.capitalised;
}

/** Finds every phrase of `lexicon` in `tokens` (content tokens of `text`); greedy, longest first. */
export function findPhrases(text: string, tokens: readonly Token[], lexicon: Lexicon): LexiconHit[] {
  const hits: LexiconHit[] = [];
  const root = lexicon.trie.next;
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first) break;
    // the word itself, then its Arabic variants: each may open phrases; earlier ones win ties
    let nodes: TrieNode[] | undefined;
    const own = root.get(first.key);
    if (own) nodes = [own];
    for (const alt of first.alts) {
      const node = root.get(alt);
      if (node) (nodes ??= []).push(node);
    }
    if (!nodes) {
      i += 1;
      continue;
    }
    let matched = 0;
    let matchedEntry: LexiconEntry | undefined;
    for (let n = 1; n <= lexicon.maxTokens && i + n - 1 < tokens.length; n++) {
      const tok = tokens[i + n - 1];
      const prev = tokens[i + n - 2];
      if (!tok || (n > 1 && prev && !joined(text, prev, tok))) break;
      if (n > 1) {
        const advanced: TrieNode[] = [];
        for (const node of nodes) {
          const child = node.next.get(tok.key);
          if (child) advanced.push(child);
        }
        nodes = advanced;
      }
      if (nodes.length === 0) break;
      for (const node of nodes) {
        if (node.entry && capitalOk(node.entry, first)) {
          matched = n;
          matchedEntry = node.entry;
          break;
        }
      }
    }
    if (matchedEntry && matched > 0) {
      const last = tokens[i + matched - 1] ?? first;
      hits.push({ start: first.start, end: last.end, kind: matchedEntry.kind, source: matchedEntry.source, name: matchedEntry.name, first: i, last: i + matched - 1 });
      i += matched;
    } else {
      i += 1;
    }
  }
  return hits;
}
