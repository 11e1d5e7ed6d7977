// The leak guard's detector pass: direct identifiers found with evidence — a contact or
// document-number pattern, a kunya, a name introduced by a cue ("my brother …", "اسمي …"),
// or a given name from the curated name lists — and their other mentions.
// Left out on purpose: the detector's safety net for unknown capitalised words and
// compromise's English name lexicon. They serve recall on raw transcripts, where an extra
// span costs one click; on edited prose they would block every sentence that opens with an
// unusual word. Arabic script has no capitals and its cues are ordinary words (أم is also
// "or", الأخ "the brother"), so there a name counts only with a listed given name, a family
// name or nisba, or a naming cue (اسمي، المدعو). Every known name of a source is still
// caught, in any spelling, by its dictionary.
import { SAFE_KEYS } from "@/lib/redaction/detector/gazetteers";
import { SAFE_ARABIC, SAFE_LATIN } from "@/lib/redaction/detector/gazetteers/safe";
import { canonicalString } from "./canonical-text";
import { gazetteerSpans } from "@/lib/redaction/detector/gazetteer-spans";
import { propagateNames } from "@/lib/redaction/detector/capitalised";
import { KUNYA_RULES } from "@/lib/redaction/detector/kunya";
import { phraseKey } from "@/lib/redaction/detector/lexicon";
import { isKnownEnglishWord } from "@/lib/redaction/detector/nlp-names";
import { mergeSpans, trimSpan } from "@/lib/redaction/detector/merge";
import { CONTACT_RULES } from "@/lib/redaction/detector/patterns/contacts";
import { ID_RULES } from "@/lib/redaction/detector/patterns/ids";
import { PERSON_RULES } from "@/lib/redaction/detector/patterns/persons";
import { runRules } from "@/lib/redaction/detector/patterns/rule";
import { tokenize, type Token } from "@/lib/redaction/detector/tokenize";
import { DIRECT_TYPES, type Span } from "@/lib/redaction/detector/types";
import { isArabicWord } from "./arabic-words";

const EVIDENCE_RULES = [...CONTACT_RULES, ...ID_RULES, ...KUNYA_RULES, ...PERSON_RULES];
const ARABIC_LETTER = /[\u0621-\u064A]/;
const THE_PROPHET = /\b(?:Prophet|prophet)\s+$/;
const ARABIC_NAMING_CUE = /(?:اسمي|اسمه|اسمها|اسمهم|المدعو|المدعوة|يدعى|يُدعى|تدعى|تُدعى|يسمى|يُسمى|تسمى|تُسمى|كنيته|كنيتها|الملقب|الملقّب)(?:\s+الحقيقي)?\s+(?:هو\s+|هي\s+|بـ?\s*)?$/u;
const ARABIC_RELATIVE_CUE = /(?:أخي|اخي|وأخي|أختي|اختي|ابن\s+عمي|ابن\s+خالي|بنت\s+عمي|ابنة\s+عمي|ابن\s+أخي|ابن\s+اخي|زوجي|زوجتي|ابني|ابنتي|بنتي|صديقي|صديقتي|رفيقي|جاري|عمي|خالي|عمتي|خالتي|جدي|جدتي)\s+$/u;
const ARABIC_NISBA_END = /\s(?:ال|إل)\S{2,}(?:ي|ية|يه)$/u;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
// after a closing quote a capital opens a sentence: “…hungry again.” Said the fighter
const AFTER_QUOTED_SENTENCE = /[.!?…]["”’»)]*\s*$/;
// words a naming cue is often followed by that are no name ("اسمي يوما ما": my name, one day)
const NOT_A_CUED_NAME = new Set(["يوما", "يوماً", "أبدا", "ابدا", "أبداً", "أيضا", "ايضا", "أيضاً", "فقط", "هنا", "هناك", "الآن", "الان", "مرة", "كثيرا", "دائما"]);

/**
 * A given name from the curated lists; in Arabic script only when it grew over a family
 * name. Not the Prophet Muhammad, nor an English word opening a sentence ("Said one of them").
 */
function isListedName(text: string, tokens: readonly Token[], span: Span): boolean {
  const oneWord = !/\s/.test(span.text.trim());
  // a listed given name with a nisba ("أحمد الحلبي") is a name, though both are also words
  if (ARABIC_LETTER.test(span.text)) return !oneWord && (!onlyOrdinaryArabic(span) || ARABIC_NISBA_END.test(span.text));
  if (THE_PROPHET.test(text.slice(Math.max(0, span.start - 10), span.start))) return false;
  const first = tokens.find((t) => t.start === span.start);
  const opensSentence = first?.sentenceStart || AFTER_QUOTED_SENTENCE.test(text.slice(Math.max(0, span.start - 6), span.start));
  return !(oneWord && opensSentence && isKnownEnglishWord(first?.key ?? ""));
}

/** Every word of an Arabic span is an ordinary word (وعد المجندون "the recruits were promised"). */
function onlyOrdinaryArabic(span: Span): boolean {
  const words = span.text.split(/\s+/).filter((w) => ARABIC_LETTER.test(w));
  return words.length > 0 && words.every((w) => isArabicWord(w) || isArabicWord(w.replace(/^[وفبلك]?ال/, "")));
}

/**
 * An Arabic kunya or cued name counts with a naming cue before it, a nisba, or a listed
 * given name in it — unless every word of it is an ordinary word, as most given names are.
 */
function hasArabicEvidence(text: string, span: Span, listedNames: readonly Span[]): boolean {
  if ((span.type !== "PERSON" && span.type !== "ALIAS") || !ARABIC_LETTER.test(span.text)) return true;
  if (NOT_A_CUED_NAME.has(span.text.trim().split(/\s+/)[0] ?? "")) return false;
  const before = text.slice(Math.max(0, span.start - 30), span.start);
  const listed = listedNames.some((n) => overlaps(n, span));
  if (span.type === "PERSON" && ARABIC_NAMING_CUE.test(before)) return true;
  // "زوجي لأن…" is "my husband, because…": after a relative, a name is listed or no ordinary word
  if (span.type === "PERSON" && ARABIC_RELATIVE_CUE.test(before)) return listed || !onlyOrdinaryArabic(span);
  if (span.type === "PERSON" && ARABIC_NISBA_END.test(span.text) && listed) return true;
  if (span.type === "ALIAS" && ARABIC_NISBA_END.test(span.text)) return true;
  return listed && !onlyOrdinaryArabic(span);
}

// A line of a PDF or a heading can end in a cue ("Who is a brother") with the next line
// opening on a pronoun: "He" is nobody's name.
const PRONOUNS = new Set(["he", "she", "it", "they", "we", "you", "i", "his", "her", "hers", "their", "our", "its", "him", "them", "us", "me", "my", "your", "this", "that", "there", "here", "who", "what", "when", "then"]);

function isPronoun(span: Span): boolean {
  return PRONOUNS.has(span.text.trim().toLowerCase());
}

// The safe phrases as the guard reads them: in canonical form, as the checked text is.
let canonicalSafeKeys: Set<string> | undefined;
function isCanonicalSafe(text: string): boolean {
  canonicalSafeKeys ??= new Set([...SAFE_LATIN, ...SAFE_ARABIC].map((phrase) => phraseKey(canonicalString(phrase))));
  return canonicalSafeKeys.has(phraseKey(text));
}

/** Public figures, places and the group's own names stay in published text ("Abu Bakr al-Baghdadi", "Bashar al-Assad's"). */
function isSafeWord(span: Span): boolean {
  const text = span.text.replace(/['’]s$/, "");
  return SAFE_KEYS.has(phraseKey(span.text)) || SAFE_KEYS.has(phraseKey(text)) || isCanonicalSafe(text);
}

export function directIdentifierSpans(text: string): Span[] {
  const tokens = tokenize(text).filter((t) => !t.isArticle);
  const listedNames = gazetteerSpans(text, tokens).spans.filter((s) => s.type === "PERSON" && s.source === "gazetteer");
  const found = runRules(text, EVIDENCE_RULES, tokens)
    .filter((span) => hasArabicEvidence(text, span, listedNames))
    .concat(listedNames.filter((span) => isListedName(text, tokens, span)))
    .map((span) => trimSpan(text, span))
    .filter((span): span is Span => span !== undefined && DIRECT_TYPES.includes(span.type) && !isSafeWord(span) && !isPronoun(span));
  const mentions = propagateNames(text, tokens, found).filter((span) => !isSafeWord(span));
  return mergeSpans(text, [...found, ...mentions]);
}
