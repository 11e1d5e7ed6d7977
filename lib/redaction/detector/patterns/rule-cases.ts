// Shared shape of the table-driven pattern tests: a behaviour, a text, and the exact span a
// rule set must report in it (or must not report anything over).
import { tokenize } from "../tokenize";
import type { Span } from "../types";
import { runRules, type PatternRule } from "./rule";

export type FindCase = [behaviour: string, text: string, expected: string, type: Span["type"], rule: string];
export type KeepCase = [behaviour: string, text: string, needle: string];

export function spansOf(text: string, rules: readonly PatternRule[]): Span[] {
  return runRules(text, rules, tokenize(text).filter((t) => !t.isArticle));
}

/** The longest span of `rules` over `needle`, if any (rules may find parts of one phrase). */
export function spanOver(text: string, rules: readonly PatternRule[], needle: string): Span | undefined {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`test text does not contain ${needle}`);
  const over = spansOf(text, rules).filter((s) => s.start < at + needle.length && s.end > at);
  return over.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}
