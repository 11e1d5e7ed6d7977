// Gazetteer hits turned into spans: given names grow over the family name that follows,
// articles glued in front ("al-", "ال") join the span, and the state ("Syrian regime")
// is not a nationality.
import { LEXICON } from "./gazetteers";
import { NAME_LINKS_ARABIC, NAME_LINKS_LATIN } from "./gazetteers/names";
import { NOT_NATIONALITY_AFTER } from "./gazetteers/nationalities";
import { findPhrases, joined, type LexiconHit } from "./lexicon";
import { isKnownEnglishWord } from "./nlp-names";
import type { Token } from "./tokenize";
import type { Span } from "./types";

const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:[Aa]l|[Ee]l|ash|as|ad|at|an|ar|az|es|esh|ed|en|er|ez)[-‑]$|(?:^|[^\p{L}])(?:[Aa]l|[Ee]l) $/u;

/** Start of the word that holds `start`, including a glued article. */
export function withArticle(text: string, start: number): number {
  let s = start;
  // back over Arabic letters, tashkeel and tatweel (U+0621–U+065F)
  while (s > 0 && text.charCodeAt(s - 1) >= 0x0621 && text.charCodeAt(s - 1) <= 0x065f) s--;
  // every article form ends in a hyphen or a space: skip the regex before anything else
  const before = text[s - 1];
  if (before !== "-" && before !== "‑" && before !== " ") return s;
  const m = ARTICLE_BEFORE.exec(text.slice(Math.max(0, s - 5), s));
  if (m) s -= m[0].replace(/^[^\p{L}]/u, "").length;
  return s;
}

const NOT_A_ROLE_AFTER = /^(?:\s+(?:duty|duties|shift|shifts|post|house|tower|dog|dogs|rota)\b|['’]s\s+(?:licen[cs]e|seat|cab)\b)/i;
/** "shouted at us in Russian.", "he spoke Kurdish": a language spoken, not where someone is from. */
const LANGUAGE_BEFORE = /\b(?:in|speaks?|spoke|speaking|spoken|understands?|understood|learned|learnt|taught|into)\s+$/i;
const LANGUAGE_AFTER = /^\s*(?:[.,;:!?)"”]|$|and\b|or\b|too\b|well\b|with\b)/;
function isLanguageName(text: string, start: number, end: number): boolean {
  return LANGUAGE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && LANGUAGE_AFTER.test(text.slice(end, end + 8));
}

const NATIONALITY_NOUN = /^(?:[\s-]+(?:nationals?|citizens?|nationality|origin|descent|extraction)\b|-born\b)/;

/** "Mansour Street" is a street, not Mr Mansour Street. */
const PLACE_WORDS = new Set(["street", "road", "avenue", "square", "roundabout", "camp", "prison", "hospital", "mosque", "school", "district", "neighbourhood", "neighborhood", "brigade", "battalion", "dam", "bridge", "village", "town", "city", "market", "quarter", "field", "checkpoint"]);

/** "ال" words that follow a name without being its family name ("خالد الذين", "عمر الكبير"), as folded keys after the article. */
const NOT_ARABIC_SURNAME = new Set(["ذين", "يوم", "اكبر", "اصغر", "كبير", "صغير", "اول", "ثاني", "ثالث", "حقيقي", "سابق", "جديد", "قديم", "اخير", "اخر"]);

const ARABIC_ABD = new Set(["عبد", "العبد"]);
const PRONOUN_SUFFIX = /(?:ه|ها|هم|هن|كم|كن|نا)$/;

/** Extends a given name over surname words: capitalised, "bin"/"ibn" links, Arabic "ال" family names. */
function nameEnd(text: string, tokens: readonly Token[], hit: LexiconHit): number {
  let end = hit.end;
  let last = hit.last;
  for (let n = 0; n < 3; n++) {
    const prev = tokens[last];
    const next = tokens[last + 1];
    if (!prev || !next || !joined(text, prev, next)) break;
    const link = NAME_LINKS_LATIN.has(next.key) || NAME_LINKS_ARABIC.has(next.key);
    const latinSurname = !next.arabic && next.capitalised && !next.sentenceStart && !isKnownEnglishWord(next.key) && next.key.length > 1;
    // the article is glued to the surname, so the gap is measured up to the article
    const surnameStart = next.arabic ? withArticle(text, next.start) : next.start;
    const arabicSurname = next.arabic && text.slice(prev.end, surnameStart).trim() === "" && /^ال|^آل/.test(text.slice(surnameStart, next.end)) && next.key.length >= 3 && !NOT_ARABIC_SURNAME.has(next.key);
    // "عبد الله", "العبد الله": after Abd the next word belongs to the name whatever its length
    const afterAbd = next.arabic && ARABIC_ABD.has(prev.key) && text.slice(prev.end, surnameStart).trim() === "";
    if ((!link && !latinSurname && !arabicSurname && !afterAbd) || PLACE_WORDS.has(next.key)) break;
    end = next.end;
    last += 1;
  }
  return end;
}

export function gazetteerSpans(text: string, tokens: readonly Token[]): { spans: Span[]; safe: Span[] } {
  const spans: Span[] = [];
  const safe: Span[] = [];
  for (const hit of findPhrases(text, tokens, LEXICON)) {
    const start = withArticle(text, hit.start);
    const first = tokens[hit.first];
    if (hit.kind === "SAFE") {
      safe.push({ start, end: hit.end, type: "LOCATION", text: text.slice(start, hit.end), source: "gazetteer", rule: hit.name });
      continue;
    }
    if (hit.kind === "FIRSTNAME") {
      // a name from compromise's English lexicon opening a sentence is too often a word
      if (hit.source === "nlp" && first?.sentenceStart) continue;
      // "عليه" (on him) and "عمره" (his age) reach "علي" and "عمر" only by dropping the pronoun
      // suffix; a name does not take one, so a word found that way is not a name
      if (first?.arabic && hit.last === hit.first && PRONOUN_SUFFIX.test(first.key) && !LEXICON.phrases.has(first.key)) continue;
      const end = nameEnd(text, tokens, hit);
      spans.push({ start, end, type: "PERSON", text: text.slice(start, end), source: hit.source, rule: hit.name });
      continue;
    }
    if (hit.kind === "NATIONALITY" && NOT_NATIONALITY_AFTER.test(text.slice(hit.end, hit.end + 30))) continue;
    if (hit.kind === "NATIONALITY" && isLanguageName(text, start, hit.end)) continue;
    // "guard duty", "driver's licence": the role word names a task or a thing, not a person
    if (hit.kind === "ROLE" && NOT_A_ROLE_AFTER.test(text.slice(hit.end, hit.end + 14))) continue;
    // "a Swedish national", "of Kurdish origin": the noun belongs to the nationality
    const end = hit.kind === "NATIONALITY" ? hit.end + (NATIONALITY_NOUN.exec(text.slice(hit.end, hit.end + 16))?.[0].length ?? 0) : hit.end;
    spans.push({ start, end, type: hit.kind, text: text.slice(start, end), source: hit.source, rule: hit.name });
  }
  return { spans, safe };
}
