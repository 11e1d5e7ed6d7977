// Document numbers: passports, ID cards, registration and tent numbers, in any digit script.
import { AT_DIGIT, DIGIT } from "./numbers";
import type { PatternRule } from "./rule";

const KEYWORDS_LATIN = "passport|passeport|pasaport|ID|I\\.D\\.|identity|identification|ID\\s*card|card|CIN|NIN|kimlik|registration|registered|reg\\.?|tent|file|case|licen[cs]e|permit|residence|serial|inmate|prisoner|badge|membership|member|detainee|record";
const KEYWORDS_ARABIC = "جواز|الجواز|هوية|الهوية|بطاقة|البطاقة|قيد|القيد|الخيمة|خيمة|إقامة|الإقامة|تسجيل|التسجيل|السجل|الملف|ملف|الرقم\\s+الوطني|رقم\\s+وطني";
const KEYWORD_WORDS: ReadonlySet<string> = new Set(["passport", "passeport", "pasaport", "id", "identity", "identification", "card", "cin", "nin", "kimlik", "registration", "registered", "reg", "tent", "file", "case", "licence", "license", "permit", "residence", "serial", "inmate", "prisoner", "badge", "membership", "member", "detainee", "record"]);
// Latin letters may stand apart from the digits; an Arabic letter prefix ("ق-٤٥١٢") must be
// glued, or "في ٢٠١٥" would read as a number
const CODE = `(?:[A-Z]{0,3}[\\s-]?|[\\u0621-\\u064A]{1,2}-?)${DIGIT}(?:[\\s\\-/]?[0-9A-Z\\u0660-\\u0669]){2,20}`;

function hasDigits(value: string, min: number): boolean {
  return (value.match(/[0-9\u0660-\u0669\u06F0-\u06F9]/g) ?? []).length >= min;
}

export const ID_RULES: readonly PatternRule[] = [
  // a number introduced by a document word: "passport number was BE1928374", "رقم هوية ١١٩٨"
  {
    type: "ID", name: "document-number",
    triggers: KEYWORD_WORDS,
    re: new RegExp(`\\b(?:${KEYWORDS_LATIN})(?:[^\\n.;]{0,30}?(?:number|no\\.?|nr\\.?|#|num|رقم|:|is|was)|[\\s:]{1,3})\\s*(${CODE}|[A-Z]{1,3}-${DIGIT}+)`, "giu"), group: 1,
    accept: (text, start, end) => hasDigits(text.slice(start, end), 3),
  },
  // the same in Arabic; clitics and the article keep it from being triggered by word
  {
    type: "ID", name: "document-number",
    script: "arabic",
    re: new RegExp(`(?:${KEYWORDS_ARABIC})(?:[^\\n.;]{0,30}?(?:number|no\\.?|nr\\.?|#|num|رقم|:|is|was)|[\\s:]{1,3})\\s*(${CODE}|[A-Z]{1,3}-${DIGIT}+)`, "giu"), group: 1,
    accept: (text, start, end) => hasDigits(text.slice(start, end), 3),
  },
  { type: "ID", name: "document-number", re: /\b[A-Z]{1,3}[- ]?\d{6,12}\b/g },
  { type: "ID", name: "document-number", re: /\b[A-Z]{1,4}-\d{2,}(?:-\d+)*\b/g, accept: (text, start, end) => !/^(?:COVID|MP|AK|B|F|SU|MiG|UH|CH|RPG|PKM)-/i.test(text.slice(start, end)) },
  { type: "ID", name: "document-number", re: /\b\d{3,}-\d{4,}-\d{1,}\b/g },
  // long digit runs that are not phones: national ID numbers
  { type: "ID", name: "national-id-number", re: new RegExp(`${AT_DIGIT}(?<![\\d\\u0660-\\u0669+])${DIGIT}{9,14}(?![\\d\\u0660-\\u0669])`, "gu") },
];
