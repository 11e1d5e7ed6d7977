// A regex rule and the loop that turns its matches into spans.
import { foldWord } from "../normalize";
import type { IdentifierType, Span } from "../types";

export type PatternRule = {
  type: IdentifierType;
  /** must carry the g flag; compiled once at module load */
  re: RegExp;
  /** capture group that is the identifier (0 = whole match) */
  group?: number;
  /** words that may precede the match and belong to it ("in the", "early"), anchored with $; matched backwards after the fact because a leading optional group would make the regex try every position */
  extendBack?: RegExp;
  /** with extendBack: the match counts only if those preceding words were found */
  requireBack?: boolean;
  /** rules written for one script are skipped on texts without words in that script */
  script?: "latin" | "arabic";
  /** cheap test on the whole text; when false the rule cannot match and is skipped */
  gate?: (text: string) => boolean;
  /**
   * folded words the match must start with. The regex is then tried only where such a
   * word starts, instead of scanning every position: the detector's main speed-up.
   */
  triggers?: ReadonlySet<string>;
  /** veto a match using the text around it */
  accept?: (text: string, start: number, end: number) => boolean;
};

const ARABIC = /[\u0621-\u064A]/;
/** Gate for rules that only match Arabic script. */
export const hasArabic = (text: string): boolean => ARABIC.test(text);

const LATIN_WORD = /[A-Za-z]{3}/;
const WORD_START = /[\p{L}\p{M}'’]+/gu;

export const words = (...list: string[]): ReadonlySet<string> => new Set(list);

/** Where each folded word starts in the text, to run triggered rules only there. */
function wordStarts(text: string, tokens?: readonly { key: string; start: number }[]): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  const add = (key: string, start: number): void => {
    const list = starts.get(key);
    if (list) list.push(start);
    else starts.set(key, [start]);
  };
  if (tokens) for (const t of tokens) add(t.key, t.start);
  else for (const m of text.matchAll(WORD_START)) add(foldWord(m[0]), m.index);
  return starts;
}

const STICKY = new WeakMap<RegExp, RegExp>();
function sticky(re: RegExp): RegExp {
  let copy = STICKY.get(re);
  if (!copy) {
    copy = new RegExp(re.source, re.flags.replace("g", "") + "y");
    STICKY.set(re, copy);
  }
  return copy;
}

function* triggeredMatches(text: string, rule: PatternRule, triggers: ReadonlySet<string>, starts: Map<string, number[]>): Generator<RegExpExecArray> {
  const positions: number[] = [];
  for (const word of triggers) for (const p of starts.get(word) ?? []) positions.push(p);
  positions.sort((a, b) => a - b);
  const re = sticky(rule.re);
  let after = 0;
  for (const p of positions) {
    if (p < after) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m) {
      after = p + Math.max(1, m[0].length);
      yield m;
    }
  }
}

/** exec loop on the rule's own regex: matchAll would clone the regex on every call. */
function* globalMatches(text: string, re: RegExp): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === "") re.lastIndex++;
    yield m;
  }
}

/** `tokens` (from tokenize) spare a second pass over the text for triggered rules. */
export function runRules(text: string, rules: readonly PatternRule[], tokens?: readonly { key: string; start: number }[]): Span[] {
  const spans: Span[] = [];
  const scripts = { arabic: hasArabic(text), latin: LATIN_WORD.test(text) };
  let starts: Map<string, number[]> | undefined;
  for (const rule of rules) {
    if (rule.script && !scripts[rule.script]) continue;
    if (rule.gate && !rule.gate(text)) continue;
    rule.re.lastIndex = 0;
    let matches: Iterable<RegExpExecArray | RegExpMatchArray>;
    if (rule.triggers) {
      starts ??= wordStarts(text, tokens);
      matches = triggeredMatches(text, rule, rule.triggers, starts);
    } else {
      matches = globalMatches(text, rule.re);
    }
    for (const match of matches) {
      const group = rule.group ?? 0;
      const value = match[group];
      if (value === undefined || value.trim() === "") continue;
      // capture groups in these rules sit at the end of the match, after the cue
      const offset = group === 0 ? 0 : match[0].lastIndexOf(value);
      let start = (match.index ?? 0) + offset;
      let end = start + value.length;
      // trim whitespace the pattern swallowed at its edges
      while (start < end && /\s/.test(text[start] ?? "")) start++;
      while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
      if (start >= end) continue;
      if (rule.accept && !rule.accept(text, start, end)) continue;
      if (rule.extendBack) {
        const before = text.slice(Math.max(0, start - 48), start);
        const lead = rule.extendBack.exec(before);
        if (lead && lead[0].length > 0) start -= lead[0].length;
        else if (rule.requireBack) continue;
      }
      spans.push({ start, end, type: rule.type, text: text.slice(start, end), source: "pattern" });
    }
  }
  return spans;
}
