// A regex rule and the loop that turns its matches into spans.
import { foldWord } from "../normalize";
import type { IdentifierType, Span } from "../types";

export type PatternRule = {
  type: IdentifierType;
  /** short stable name shown to reviewers as what found the span (Span.rule) */
  name: string;
  /** must carry the g flag; compiled once at module load */
  re: RegExp;
  /** capture group that is the identifier (0 = whole match) */
  group?: number;
  /** words that may precede the match and belong to it ("in the", "early"), anchored with $; matched backwards after the fact because a leading optional group would make the regex try every position */
  extendBack?: RegExp;
  /**
   * with extendBack: every non-empty lead it can find ends in whitespace or a hyphen, so it
   * is not run after any other character (where it could only find nothing). Dates follow
   * digits and punctuation so often that this is worth saying.
   */
  leadEndsInSpace?: boolean;
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
  /**
   * for rules without triggers: the only positions (ascending) where a match can start,
   * found by something cheaper than the regex; the regex is then tried only there.
   */
  starts?: (text: string) => number[];
  /** veto a match using the text around it */
  accept?: (text: string, start: number, end: number) => boolean;
  /** veto a match once extendBack has grown it (start is then the start of the lead) */
  acceptExtended?: (text: string, start: number, end: number) => boolean;
};

const ARABIC = /[\u0621-\u064A]/;
/** Gate for rules that only match Arabic script. */
export const hasArabic = (text: string): boolean => ARABIC.test(text);

const LATIN_WORD = /[A-Za-z]{3}/;
const WORD_START = /[\p{L}\p{M}'’]+/gu;

export const words = (...list: string[]): ReadonlySet<string> => new Set(list);

type Keyed = { key: string; start: number };

/** A rule set compiled once: sticky copies of the regexes and, per trigger word, the rules it opens. */
type CompiledRules = { sticky: (RegExp | undefined)[]; byTrigger: Map<string, number[]> };
const COMPILED = new WeakMap<readonly PatternRule[], CompiledRules>();

function compile(rules: readonly PatternRule[]): CompiledRules {
  let compiled = COMPILED.get(rules);
  if (compiled) return compiled;
  const byTrigger = new Map<string, number[]>();
  const sticky = rules.map((rule, i) => {
    if (!rule.triggers && !rule.starts) return undefined;
    for (const word of rule.triggers ?? []) {
      const list = byTrigger.get(word);
      if (list) list.push(i); else byTrigger.set(word, [i]);
    }
    return new RegExp(rule.re.source, rule.re.flags.replace("g", "") + "y");
  });
  compiled = { sticky, byTrigger };
  COMPILED.set(rules, compiled);
  return compiled;
}

/**
 * Where each triggered rule may start, in text order: one walk over the words instead of
 * one lookup per trigger word per rule, which cost more than the regexes on short texts.
 */
function triggerPositions(text: string, compiled: CompiledRules, tokens?: readonly Keyed[]): (number[] | undefined)[] {
  // sparse: most rules' trigger words are absent from a short text
  const positions: (number[] | undefined)[] = [];
  const visit = (key: string, start: number): void => {
    // "Tribunal's" folds to "tribunals": a possessive or plural still opens the rules of its word
    const opened = compiled.byTrigger.get(key) ?? (key.endsWith("s") ? compiled.byTrigger.get(key.slice(0, -1)) : undefined);
    if (!opened) return;
    for (const i of opened) {
      const list = positions[i];
      if (list) list.push(start); else positions[i] = [start];
    }
  };
  if (tokens) for (const t of tokens) visit(t.key, t.start);
  else for (const m of text.matchAll(WORD_START)) visit(foldWord(m[0]), m.index);
  return positions;
}

/**
 * Spans of a sticky regex tried only at `positions` (ascending). A later position inside a
 * kept match is skipped, as a global scan would; a match the rule rejects skips nothing, so
 * "village in the District" turned down still lets "District of Kyrenia" be tried.
 */
function spansAt(text: string, rule: PatternRule, re: RegExp, positions: readonly number[], spans: Span[]): void {
  let after = 0;
  for (const p of positions) {
    if (p < after) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (!m) continue;
    const span = spanOf(text, rule, m);
    if (!span) continue;
    after = p + Math.max(1, m[0].length);
    spans.push(span);
  }
}

/** exec loop on the rule's own regex: matchAll would clone the regex on every call. */
function globalMatches(text: string, re: RegExp): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === "") re.lastIndex++;
    found.push(m);
  }
  return found;
}

const SPACE = /\s/;
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 126 && SPACE.test(text[i] ?? ""));
}

/** The span a match stands for, after the rule's group, trimming, checks and lead; undefined when the rule turns it down. */
function spanOf(text: string, rule: PatternRule, match: RegExpExecArray): Span | undefined {
  const group = rule.group ?? 0;
  const value = match[group];
  if (value === undefined || value.trim() === "") return undefined;
  // capture groups in these rules sit at the end of the match, after the cue
  const offset = group === 0 ? 0 : match[0].lastIndexOf(value);
  let start = match.index + offset;
  let end = start + value.length;
  // trim whitespace the pattern swallowed at its edges
  while (start < end && isSpace(text, start)) start++;
  while (end > start && isSpace(text, end - 1)) end--;
  if (start >= end) return undefined;
  if (rule.accept && !rule.accept(text, start, end)) return undefined;
  if (rule.extendBack) {
    const lead = rule.leadEndsInSpace && !isSpace(text, start - 1) && text[start - 1] !== "-" ? null : rule.extendBack.exec(text.slice(Math.max(0, start - 48), start));
    if (lead && lead[0].length > 0) start -= lead[0].length;
    else if (rule.requireBack) return undefined;
  }
  if (rule.acceptExtended && !rule.acceptExtended(text, start, end)) return undefined;
  return { start, end, type: rule.type, text: text.slice(start, end), source: "pattern", rule: rule.name };
}

/** `tokens` (from tokenize) spare a second pass over the text for triggered rules. */
export function runRules(text: string, rules: readonly PatternRule[], tokens?: readonly Keyed[]): Span[] {
  const spans: Span[] = [];
  const scripts = { arabic: hasArabic(text), latin: LATIN_WORD.test(text) };
  const compiled = compile(rules);
  let positions: (number[] | undefined)[] | undefined;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r] as PatternRule;
    if (rule.script && !scripts[rule.script]) continue;
    if (rule.gate && !rule.gate(text)) continue;
    const sticky = compiled.sticky[r];
    if (rule.triggers && sticky) {
      positions ??= triggerPositions(text, compiled, tokens);
      const at = positions[r];
      if (at) spansAt(text, rule, sticky, at, spans);
    } else if (rule.starts && sticky) {
      spansAt(text, rule, sticky, rule.starts(text), spans);
    } else {
      for (const match of globalMatches(text, rule.re)) {
        const span = spanOf(text, rule, match);
        if (span) spans.push(span);
      }
    }
  }
  return spans;
}
