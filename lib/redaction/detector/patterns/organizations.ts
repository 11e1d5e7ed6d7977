// Named units and offices: "Katibat al-Battar", "the Battar brigade", "كتيبة الفاروق".
import { UNIT_HEADS, UNIT_HEADS_ARABIC, UNIT_TAILS } from "../gazetteers/organizations";
import { hasNameWord } from "../proper-words";
import { ARTICLE_PREFIX } from "./fragments";
import { hasArabic, words, type PatternRule } from "./rule";

/** Trigger words of a "A|Bs?|C'?d" alternation: the plain spelling of each alternative. */
function wordsOf(alternation: string): ReadonlySet<string> {
  return new Set(alternation.split("|").flatMap((w) => { const base = w.replace(/'\?/g, "").replace(/\w\?$/, ""); return [base.toLowerCase(), w.replace(/\?/g, "").replace(/'/g, "").toLowerCase()]; }));
}
/** A capitalised word, but not one that only opens the sentence ("The Battar Brigade"). */
const WORD = `(?!(?:The|A|An|This|That|These|Those|In|On|At|By|For|From|To|Of|And|Or|But|When|After|Before|Our|My|His|Her|Their|Its)\\s)${ARTICLE_PREFIX}?\\p{Lu}[\\p{L}\\p{M}'’]*`;
const LINK = "(?:\\s+(?:of\\s+the|of|ibn|bin|wal|wa|al|el)[-‑\\s]+|[\\s-]+)";
const AR_LETTERS = "[\\u0621-\\u064A\\u066E-\\u06D3\\u064B-\\u065F\\u0670\\u0640]";
const AR_STOP = "(?!(?:في|من|على|عن|إلى|الى|كان|كانت|مع|ثم|أو|او|و|الذي|التي|هو|هي|بعد|قبل|لم|لا|قد|كل)(?![\\u0621-\\u064A]))";

/** "Battar Brigade", "Kayseri Administrative Court" name a unit or a town; "the Supreme Court" does not. */
function properBeforeLastWord(text: string, start: number, end: number): boolean {
  const lastSpace = text.lastIndexOf(" ", end - 1);
  return hasNameWord(text, start, lastSpace > start ? lastSpace : start);
}

export const ORGANIZATION_RULES: readonly PatternRule[] = [
  { type: "ORGANIZATION", name: "unit-name", triggers: wordsOf(UNIT_HEADS), re: new RegExp(`\\b(?:${UNIT_HEADS})[-‑\\s]+${WORD}(?:${LINK}${WORD}){0,2}`, "gu"), script: "latin" },
  { type: "ORGANIZATION", name: "unit-name", triggers: wordsOf(UNIT_TAILS), re: new RegExp(`\\b(?:${UNIT_TAILS}|${UNIT_TAILS.toLowerCase()})\\b`, "gu"), extendBack: new RegExp(`(?<![\\p{L}\\p{M}])${WORD}(?:${LINK}${WORD}){0,3}\\s+$`, "u"), requireBack: true, acceptExtended: properBeforeLastWord, script: "latin" },
  { type: "ORGANIZATION", name: "office", triggers: words("media", "security", "recruitment", "military", "intelligence", "finance", "oil", "zakat", "health", "education", "services", "propaganda", "prisoners", "spoils", "war", "ghanima", "fatwa", "dawa", "public", "investigation", "complaints"), re: /\b(?:media|security|recruitment|military|intelligence|finance|oil|zakat|health|education|services|propaganda|prisoners'?|spoils|war spoils|ghanima|fatwa|dawa|da'wa|public relations|investigation|complaints)\s+(?:office|offices|diwan|department|bureau|committee|directorate|court)\b/gi, script: "latin" },
  { type: "ORGANIZATION", name: "diwan", triggers: words("diwan", "diwaan"), re: /\b(?:diwan|dīwān|diwaan)\s+(?:of\s+(?:the\s+)?)?(?:al[-\s])?[\p{L}]+/giu, script: "latin" },
  { type: "ORGANIZATION", name: "unit-name-arabic", re: new RegExp(`(?<!${AR_LETTERS})(?:[وفبلك]?(?:ال)?(?:${UNIT_HEADS_ARABIC}))\\s+${AR_STOP}${AR_LETTERS}{2,}(?:\\s+ال${AR_LETTERS}{2,})?`, "gu"), gate: hasArabic, script: "arabic" },
];
