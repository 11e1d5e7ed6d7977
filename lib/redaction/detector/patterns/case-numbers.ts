// Case, file and document numbers: "application no. 36110/97", "nos. 260, 268 and 425",
// "case no. 1996/276", "file 2004/123", "plot no. 900", "رقم الملف ٢٠١٥/٣٤". A number given
// as "no." names one file, one plot, one tent or one cell, and through it one person.
import { AT_DIGIT, DIGIT } from "./numbers";
import { words, type PatternRule } from "./rule";

/** One code: "36110/97", "E.2004/123", "D-4840", "164.9", "121/2/3"; parts are bounded so a digit run is read once. */
const CODE = `(?:[A-Z]{1,3}[-.]?\\s?)?${DIGIT}{1,7}(?:[/.:\\-]${DIGIT}{1,7}){0,3}[A-Z]?(?![\\p{L}\\p{N}])`;
/** More codes after the first: "nos. 26480/95, 28291/95 and 29280/95". */
const MORE = `(?:(?:\\s*[,;]\\s*|\\s+(?:and|or|to|&)\\s+)${CODE}){0,60}`;
/** Numbered laws and treaty articles are public texts, not anyone's file. */
const LAW_BEFORE = /\b(?:Law|Laws|Act|Acts|Protocol|Protocols|Decree|Decree-Law|Regulation|Regulations|Directive|Statute|Resolution|Recommendation|Convention|Article|Articles|Rule|Rules|Section|Sections|Paragraph|Chapter|Annex|Appendix|Circular|Order|Bill|Code|Ordinance|Treaty)\s*(?:(?:nos?|nrs?|numbers?|n°|nº)\.?\s?:?\s?)?$/i;

const notALaw = (text: string, start: number): boolean => !LAW_BEFORE.test(text.slice(Math.max(0, start - 24), start));

/** 2014/2015 and 2014/15 are spans of years, not file numbers. */
function notYears(text: string, start: number, end: number): boolean {
  const m = /^(\d{4})\/(\d{2}|\d{4})$/.exec(text.slice(start, end));
  if (!m) return true;
  const first = Number(m[1]);
  const second = Number(m[2]);
  const next = m[2]?.length === 2 ? (first + 1) % 100 : first + 1;
  return !(first >= 1900 && first <= 2099 && (second === next || second === first));
}

const RUN_CHAR = /[A-Z0-9\u0660-\u0669\u06F0-\u06F9.]/;
/**
 * Where a slashed number can start: for each "/", the start of the run of capitals, digits
 * and dots before it ("E.2004/123", "BR/2014", "36110/97"). The slashed-number rules are
 * tried only there, not at every digit and capital of the text.
 */
function slashRunStarts(text: string): number[] {
  const starts: number[] = [];
  for (let slash = text.indexOf("/"); slash >= 0; slash = text.indexOf("/", slash + 1)) {
    let start = slash;
    while (start > 0 && slash - start < 12 && RUN_CHAR.test(text[start - 1] ?? "")) start--;
    if (start < slash && starts[starts.length - 1] !== start) starts.push(start);
  }
  return starts;
}

export const CASE_NUMBER_RULES: readonly PatternRule[] = [
  // "no. 4027/05", "No: 12", "nos. 1 and 2", "n° 45", "nr 3"
  { type: "ID", name: "case-number", triggers: words("no", "nos", "nr", "nrs", "n", "nº"), re: new RegExp(`\\b(?:[Nn]os?|NOS?|[Nn]rs?|[Nn]°|[Nn]º)\\.?\\s?(?::\\s?)?(${CODE}${MORE})`, "gu"), group: 1, accept: notALaw },
  { type: "ID", name: "case-number", re: new RegExp(`№\\s?(${CODE}${MORE})`, "gu"), group: 1 },
  // "number 2004/123", "numbers 12 and 13": a bare "number 5" may be a place in a queue, so it needs two digits or a slash
  { type: "ID", name: "case-number", triggers: words("number", "numbers"), re: new RegExp(`\\b[Nn]umbers?\\s?(?::\\s?)?(?=[A-Z]{0,3}[-.]?\\s?${DIGIT}(?:${DIGIT}|[/.:\\-]${DIGIT}))(${CODE}${MORE})`, "gu"), group: 1, accept: notALaw },
  // a slashed number with three or more leading digits is a file number even without "no.": "36110/97", "E.2004/123"
  { type: "ID", name: "case-number", starts: slashRunStarts, re: new RegExp(`(?=[A-Z0-9\\u0660-\\u0669\\u06F0-\\u06F9])(?:\\b[A-Z]\\.\\s?|(?<![\\d\\u0660-\\u0669/.,]))${DIGIT}{3,7}/${DIGIT}{1,5}(?:/${DIGIT}{1,4})?(?![\\d\\u0660-\\u0669/])`, "gu"), accept: notYears },
  // "BR/2014/55123", "K/45/2019": letters then slashed numbers, a register's own format
  { type: "ID", name: "case-number", starts: slashRunStarts, re: new RegExp(`\\b[A-Z]{1,4}/${DIGIT}{2,7}(?:/${DIGIT}{1,7}){0,3}(?![\\d\\u0660-\\u0669/])`, "gu") },
  // "14/2017": a number within a year's register; a first part above 12 cannot be a month
  { type: "ID", name: "case-number", starts: slashRunStarts, re: new RegExp(`${AT_DIGIT}(?<![\\d\\u0660-\\u0669/.,])${DIGIT}{1,2}/(?:19|20)${DIGIT}{2}(?![\\d\\u0660-\\u0669/])`, "gu"), accept: (text, start) => Number(/^\d+/.exec(text.slice(start, start + 2))?.[0] ?? "0") > 12 },
  // Arabic: "رقم القضية ٢٠١٥/٣٤", "الملف رقم ١٢٣"
  // (a bare "رقم ١٢" is a house or a room as often as a file, so the file word is required)
  { type: "ID", name: "case-number-arabic", script: "arabic", re: new RegExp(`(?:(?:القضية|قضية|الدعوى|دعوى|الملف|ملف|القرار|قرار|الحكم|حكم)\\s+(?:رقم|الرقم)?|(?:رقم|الرقم)\\s+(?:القضية|الدعوى|الملف|الأساس|القرار|الحكم))\\s*:?\\s*(${DIGIT}{1,7}(?:[/\\-]${DIGIT}{1,7}){0,2})`, "gu"), group: 1 },
];
