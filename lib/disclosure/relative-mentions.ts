// Relatives mentioned in passing ("my cousin", "his wife", "ابن عمي"): the detector types
// named relatives as persons, but an unnamed brother who stayed behind narrows too.
import { factOf, type QuasiFact } from "./quasi-kinds";

export const RELATIVES_RULE = "disclosure:relatives";

const EN = /\b(?:my|his|her|their|our|your)\s+(?:(?:older|younger|elder|eldest|youngest|little|big|late|only|twin|two|three)\s+)?(brothers?-in-law|sisters?-in-law|fathers?-in-law|mothers?-in-law|sons?-in-law|step-?(?:father|mother|son|daughter)s?|half-(?:brother|sister)s?|brothers?|sisters?|cousins?|wife|wives|husbands?|sons?|daughters?|father|mother|uncles?|aunts?|nephews?|nieces?|grandfather|grandmother|grandsons?|granddaughters?|fianc[eé]e?)\b/gi;

// Possessive forms ("my/his/her" suffixes). Without vowels many kinship words are also
// other words ("خالي" empty, "وجده" he found it), so only unambiguous forms are listed,
// and uncles and aunts only as parents of a cousin ("ابن عمي").
const AR = /(?<![\u0621-\u064A])[وفب]?(?:(?:ابن|بنت|ابنة)\s(عمي|عمه|عمها|خالي|خاله|خالها|عمتي|خالتي)|(أخي|أخوي|أخوه|أخاه|أخيه|أخوها|أختي|أخته|أختها|شقيقي|شقيقه|شقيقها|شقيقتي|شقيقته|زوجتي|زوجته|ابني|ابنه|ابنها|ابنتي|ابنته|ابنتها|بنتي|والدي|والده|والدتي|والدته))(?![\u0621-\u064A])/g;

const EN_CANONICAL: [RegExp, string][] = [
  [/^(?:wives)$/, "wife"],
  [/^fianc/, "fiance"],
];

function canonicalEnglish(word: string): string {
  const lower = word.toLowerCase();
  for (const [re, out] of EN_CANONICAL) if (re.test(lower)) return out;
  return lower.replace(/^(\w+?)s(-in-law)$/, "$1$2").replace(/(?<!u)s$/, "");
}

const AR_CANONICAL: [RegExp, string][] = [
  [/^(?:أخي|أخوي|أخوه|أخاه|أخيه|أخوها|شقيقي|شقيقه|شقيقها)$/, "brother"],
  [/^(?:أختي|أخته|أختها|شقيقتي|شقيقته)$/, "sister"],
  [/^(?:زوجتي|زوجته)$/, "wife"],
  [/^(?:ابني|ابنه|ابنها)$/, "son"],
  [/^(?:ابنتي|ابنته|ابنتها|بنتي)$/, "daughter"],
  [/^(?:والدي|والده)$/, "father"],
  [/^(?:والدتي|والدته)$/, "mother"],
];

export type RelativeMention = { start: number; end: number; text: string; fact: QuasiFact };

export function findRelativeMentions(text: string): RelativeMention[] {
  const out: RelativeMention[] = [];
  for (const m of text.matchAll(EN)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], fact: factOf("relative", canonicalEnglish(m[1]!)) });
  }
  for (const m of text.matchAll(AR)) {
    const value = m[1] ? "cousin" : (AR_CANONICAL.find(([re]) => re.test(m[2]!))?.[1] ?? m[2]!);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], fact: factOf("relative", value) });
  }
  return out.sort((a, b) => a.start - b.start);
}
