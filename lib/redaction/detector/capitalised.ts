// The safety net for names no list knows: runs of capitalised words that are not ordinary
// English, not safe words and not already explained. A locative word before the run makes
// it a place; otherwise compromise's tagger types it within a small per-document budget,
// and without a verdict it is reported as a person (recall first).
import { NAME_LINKS_LATIN } from "./gazetteers/names";
import { withArticle } from "./gazetteer-spans";
import { joined } from "./lexicon";
import { isKnownEnglishWord, tagWindows } from "./nlp-names";
import { isOrdinaryKey } from "./proper-words";
import { FACILITY_KEYS_ARABIC } from "./patterns/locations";
import type { Token } from "./tokenize";
import type { IdentifierType, Span } from "./types";

const LOCATIVE = /\b(?:in|from|to|near|at|outside|around|towards|toward|through|via|into|across|between|reached|left|entered|crossed|of|village|town|city|district|province|road|back to|north of|south of|east of|west of)\s+(?:the\s+)?$/i;
const SPACE = /\s/;
const STOPWORDS = new Set(["i", "a", "an", "the", "and", "but", "or", "so", "we", "he", "she", "they", "it", "you", "my", "his", "her", "our", "their", "this", "that", "these", "those", "there", "here", "what", "when", "where", "who", "why", "how", "yes", "no", "not", "okay", "ok", "q", "a", "mr", "mrs", "dr", "im", "ive", "id", "ill", "youre", "were", "theyre", "dont", "didnt", "cant"]);
/** Characters of text per compromise tagger call: a call on a short window costs ~2–5 ms. */
const TEXT_PER_TAGGER_CALL = 16_000;
/** Longest text the tagger sees for one run: a name, its context, and no more. */
const WINDOW_MAX = 240;

const ORDINARY_CACHE = new Map<string, boolean>();

function ordinary(token: Token): boolean {
  const cached = ORDINARY_CACHE.get(token.key);
  if (cached !== undefined) return cached;
  const result = ordinaryWord(token.key);
  if (ORDINARY_CACHE.size > 50_000) ORDINARY_CACHE.clear();
  ORDINARY_CACHE.set(token.key, result);
  return result;
}

function ordinaryWord(k: string): boolean {
  // a nationality the gazetteer left out on purpose ("Turkish Government") is not a name either
  if (STOPWORDS.has(k) || isOrdinaryKey(k)) return true;
  // inflected forms of known words ("Smokers", "Prayed")
  const stem = k.replace(/(?:ies|es|s|ed|ing|ers|er|ly)$/, "");
  return stem.length >= 3 && (isKnownEnglishWord(stem) || isKnownEnglishWord(stem + "e"));
}

function covered(start: number, end: number, mask: Uint8Array): boolean {
  for (let i = start; i < end; i++) if (mask[i] === 0) return false;
  return true;
}

/**
 * "a penal order (Strafverfügung)", "the security office (Amniyat)": a bracketed word after
 * an ordinary phrase translates it. Names in brackets follow a cue the patterns know
 * ("my cousin (Ziad)" is still a run after a kin word, which is not ordinary).
 */
const GLOSS_BEFORE = /(?:^|[^\p{L}])(\p{L}[\p{L}'’-]*)\s*\(\s*$/u;
function isGloss(text: string, start: number, end: number): boolean {
  if (!/^\s*[);,]/.test(text.slice(end, end + 3))) return false;
  const before = GLOSS_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (!before) return false;
  const key = before.toLowerCase();
  return !KIN_OR_TITLE.has(key) && (before === key || ordinary({ key } as Token));
}
const KIN_OR_TITLE = new Set(["brother", "sister", "cousin", "son", "daughter", "wife", "husband", "father", "mother", "uncle", "aunt", "friend", "nephew", "niece", "emir", "sheikh", "mr", "mrs", "ms", "dr", "called", "named", "alias", "nicknamed"]);

export function capitalisedSpans(text: string, tokens: readonly Token[], known: readonly Span[], safe: readonly Span[]): Span[] {
  const mask = new Uint8Array(text.length);
  for (const s of [...known, ...safe]) mask.fill(1, s.start, s.end);
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = (): void => {
    while (run.length > 0 && ordinary(run[0] as Token)) run.shift();
    while (run.length > 0 && ordinary(run[run.length - 1] as Token)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  tokens.forEach((tok, i) => {
    const prev = tokens[i - 1];
    // hashtags are campaign words, not people
    const candidate = !tok.arabic && tok.capitalised && text[tok.start - 1] !== "#" && tok.key.length > 1 && !/^\p{Lu}+$/u.test(text.slice(tok.start, tok.end)) && !covered(tok.start, tok.end, mask);
    const link = run.length > 0 && NAME_LINKS_LATIN.has(tok.key);
    if ((candidate || link) && (run.length === 0 || (prev && joined(text, prev, tok)))) run.push(tok);
    else { close(); if (candidate) run.push(tok); }
  });
  close();

  const firstWords = new Set(runs.filter((r) => !(r[0] as Token).sentenceStart).map((r) => (r[0] as Token).key));
  let budget = Math.floor(text.length / TEXT_PER_TAGGER_CALL);
  const spans: Span[] = [];
  const windows: { span: Span; from: number; window: string }[] = [];
  for (const r of runs) {
    const first = r[0] as Token;
    const last = r[r.length - 1] as Token;
    // a lone unknown word opening a sentence counts only if it also appears mid-sentence
    if (first.sentenceStart && r.length === 1 && !firstWords.has(first.key)) continue;
    const start = withArticle(text, first.start);
    const end = last.end;
    if (isGloss(text, start, end)) continue;
    // LOCATIVE ends in a space, so only a run after a space can be a place
    const locative = SPACE.test(text[start - 1] ?? "") && LOCATIVE.test(text.slice(Math.max(0, start - 24), start));
    const type: IdentifierType = locative ? "LOCATION" : "PERSON";
    const span: Span = { start, end, type, text: text.slice(start, end), source: "pattern", rule: locative ? "capitalised-after-locative" : "capitalised-run" };
    if (type === "PERSON" && budget > 0) {
      budget -= 1;
      const from = Math.max(0, start - 24);
      // the tagger is super-linear in its input: a window never exceeds WINDOW_MAX characters,
      // so a run longer than that keeps its default type instead of sending the run whole
      windows.push({ span, from, window: text.slice(from, Math.min(text.length, end + 16, from + WINDOW_MAX)) });
    }
    spans.push(span);
  }
  // the tagger's verdict, when it has one, types the run
  const verdicts = tagWindows(windows.map((w) => w.window));
  windows.forEach(({ span, from }, i) => {
    const verdict = verdicts[i]?.find((t) => t.start + from <= span.start && t.end + from >= span.end);
    if (verdict) { span.type = verdict.type; span.source = "nlp"; span.rule = "tagger"; }
  });
  return spans;
}

/** Words of an Arabic address ("رقم ٨", "الطابق الثاني") that are not part of the street's name. */
const ARABIC_ADDRESS_WORDS: ReadonlySet<string> = new Set(["رقم", "بناء", "بنايه", "مبنى", "طابق", "شقه", "قرب", "جانب", "بجانب", "مقابل", "خلف", "امام"]);

/** Once a word is known to be a name or place, its other mentions are too ("Ziad … Ziad"). */
export function propagateNames(text: string, tokens: readonly Token[], spans: readonly Span[]): Span[] {
  const byKey = new Map<string, Span["type"]>();
  const sources = spans.filter((s) => ["PERSON", "ALIAS", "LOCATION"].includes(s.type) && s.source !== "nlp").sort((a, b) => a.start - b.start);
  // tokens and spans are both in text order: walk them together instead of nesting loops
  let t = 0;
  for (const span of sources) {
    while (t > 0 && (tokens[t - 1]?.end ?? 0) > span.start) t--;
    while (t < tokens.length && (tokens[t]?.start ?? 0) < span.start) t++;
    for (let j = t; j < tokens.length; j++) {
      const tok = tokens[j];
      if (!tok || tok.start >= span.end) break;
      if (tok.end > span.end || tok.key.length < 3) continue;
      if (ordinary(tok) || ["abu", "umm", "ابو", "ام", "بن", "ابن", "عبد"].includes(tok.key) || FACILITY_KEYS_ARABIC.has(tok.key) || ARABIC_ADDRESS_WORDS.has(tok.key)) continue;
      if (!byKey.has(tok.key)) byKey.set(tok.key, span.type);
    }
  }
  const out: Span[] = [];
  for (const tok of tokens) {
    const type = byKey.get(tok.key);
    if (!type || !(tok.capitalised || tok.arabic)) continue;
    const start = withArticle(text, tok.start);
    out.push({ start, end: tok.end, type, text: text.slice(start, tok.end), source: "pattern", rule: "other-mention" });
  }
  return out;
}
