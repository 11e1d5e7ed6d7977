// Dates and periods: "12 March 2015", "summer of 2014", "in 2014", "Ramadan 2015", "شباط ٢٠١٦".
// A bare year is always flagged: in testimony it nearly always dates joining, leaving or crossing.
import { AT_DIGIT, DIGIT, YEAR } from "./numbers";
import { words, type PatternRule } from "./rule";

const SEASON_WORDS = words("spring", "summer", "autumn", "fall", "winter", "harvest");

const MONTHS = "January|February|March|April|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?|Janvier|Février|Mars|Avril|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık";
const MONTHS_WITH_MAY = `(?:${MONTHS}|May)`;
const HIJRI = "Muharram|Safar|Rabi[' ]?(?:al|ul)?[- ]?(?:Awwal|Thani|Akhir)|Jumad[ae][' ]?(?:al|ul)?[- ]?(?:Ula|Awwal|Thani|Akhira)|Rajab|Sha'?ban|Ramadh?an|Shawwal|Dhu?[' ]?l?[- ]?(?:al[- ])?Qa'?d[ae]h?|Dhu?[' ]?l?[- ]?(?:al[- ])?Hijj?ah?|Eid(?:\\s+al[- ](?:Adha|Fitr))?";
const SEASON = "spring|summer|autumn|fall|winter|harvest";
/** "in the early", "since the end of": joined to a date after matching (see PatternRule.extendBack). */
/**
 * "the early", "the end of", "the night of": words that narrow a date down belong to it; a
 * preposition before it ("in", "on", "since") says nothing and stays outside the span, so
 * the redacted sentence still reads "in [DATE]".
 */
const LEAD_BACK = /(?:(?:the\s+)?\b(?:early|late|mid|middle\s+of|end\s+of|beginning\s+of|start\s+of|first\s+half\s+of|second\s+half\s+of|(?:night|morning|evening|afternoon|eve|dawn|day|week)\s+of)[\s-]+)?$/i;
/** "عام", "بداية", "أواخر" narrow a date down and belong to it; a preposition ("في", "منذ") does not. */
const AR_LEAD_BACK = /(?:(?:^|\s)(?:عام|سنة|العام|السنة|بداية|نهاية|أواخر|أوائل|منتصف|مطلع)\s+){1,2}$/u;
const LEAD = "";
/** "12 March 2015", "the 3rd of May 2016": the day is found backwards from the month. */
/** "12 March", "the 3rd of May", and day ranges: "11-13 May", "1 and 2 July". */
const DAY_LEAD_BACK = new RegExp(`${LEAD_BACK.source.slice(0, -1)}(?:\\b(?:[0-3]?[0-9](?:st|nd|rd|th)?\\s*(?:-|–|and|to|&)\\s*)?[0-3]?[0-9](?:st|nd|rd|th)?\\s+(?:of\\s+)?)?$`, "i");
/** "the 1998 Act", "the 1982 Constitution" name a law, not a time in anyone's life. */
const LAW_AFTER = /^\s+(?:Act|Acts|Law|Laws|Code|Constitution|Regulations?|Convention|Protocol|Decree|Statute|Treaty|Directive|Ordinance|Amendment|Rules)\b/;
const MONTH_WORDS: ReadonlySet<string> = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik".split(" "),
);
const DAY = "(?:[0-3]?[0-9](?:st|nd|rd|th)?)";
const YEAR_B = `(?<![\\d\\u0660-\\u0669])${YEAR}(?![\\d\\u0660-\\u0669])`;

const AR_MONTHS = "كانون\\s+الثاني|كانون\\s+الأول|كانون\\s+الاول|تشرين\\s+الأول|تشرين\\s+الاول|تشرين\\s+الثاني|شباط|آذار|اذار|أذار|نيسان|أيار|ايار|حزيران|تموز|آب|أيلول|ايلول|يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|محرم|صفر|ربيع\\s+الأول|ربيع\\s+الثاني|جمادى\\s+الأولى|جمادى\\s+الآخرة|رجب|شعبان|رمضان|شوال|ذو\\s+القعدة|ذي\\s+القعدة|ذو\\s+الحجة|ذي\\s+الحجة";
const AR_SEASON = "صيف|الصيف|شتاء|الشتاء|ربيع|الربيع|خريف|الخريف|أواخر|اواخر|أوائل|اوائل|منتصف|بداية|نهاية|مطلع";
const AR_LEAD = "";

/** Feast days date an event as precisely as a calendar date: "on All Saints' Day", "at Newroz". Found from their rarest word. */
const HOLIDAY = /\b(?:Christmas(?:\s+(?:Day|Eve))?|Easter(?:\s+(?:Sunday|Monday))?|Newroz|Nowruz|Norouz|Ashura|Mawlid|Passover|Yom\s+Kippur|Hanukkah|Diwali)\b/g;
const HOLIDAY_BY_LAST_WORD = /\b(?:Saints['’]\s+Day|Souls['’]\s+Day|Year['’]s\s+(?:Day|Eve)|Friday|Day|al-Qadr)\b/g;
const HOLIDAY_FIRST_WORD = /\b(?:All|New|Good|Independence|Victory|Republic|Laylat)\s+$/;

export const DATE_RULES: readonly PatternRule[] = [
  { type: "DATE", name: "holiday", triggers: words("christmas", "easter", "newroz", "nowruz", "norouz", "ashura", "mawlid", "passover", "yom", "hanukkah", "diwali"), re: HOLIDAY, script: "latin" },
  { type: "DATE", name: "holiday", triggers: words("saints", "souls", "year", "years", "friday", "day", "al"), re: HOLIDAY_BY_LAST_WORD, extendBack: HOLIDAY_FIRST_WORD, requireBack: true, script: "latin" },
  { type: "DATE", name: "date-season-year", triggers: SEASON_WORDS, re: new RegExp(`\\b${LEAD}(?:${SEASON})(?:\\s+(?:and|or|to)\\s+(?:${SEASON}))?\\s+(?:of\\s+)?(?:the\\s+year\\s+)?${YEAR_B}`, "gi"), leadEndsInSpace: true, extendBack: LEAD_BACK, script: "latin" },
  { type: "DATE", name: "date-month-year", triggers: MONTH_WORDS, re: new RegExp(`\\b${MONTHS_WITH_MAY}(?:\\s+${DAY})?,?\\s+(?:of\\s+)?${YEAR_B}`, "gi"), leadEndsInSpace: true, extendBack: DAY_LEAD_BACK, script: "latin" },
  { type: "DATE", name: "date-day-month", re: new RegExp(`\\b${LEAD}${DAY}\\s+(?:of\\s+)?(?:${MONTHS}|May)\\b`, "g"), leadEndsInSpace: true, extendBack: LEAD_BACK, script: "latin" },
  { type: "DATE", name: "date-month", triggers: MONTH_WORDS, re: new RegExp(`\\b${LEAD}(?:${MONTHS})(?:\\s+${DAY}\\b)?`, "g"), leadEndsInSpace: true, extendBack: LEAD_BACK, script: "latin" },
  // "May" is a month only after a word that dates it ("in May", "early May"); that word stays outside
  { type: "DATE", name: "date-may", triggers: words("may"), re: /\bMay\b/g, accept: (text, start) => /\b(?:in|on|during|since|after|before|until|by|the|early|late|mid)\s+$/.test(text.slice(Math.max(0, start - 8), start)), script: "latin" },
  { type: "DATE", name: "date-hijri", triggers: words("muharram", "safar", "rabi", "jumada", "jumadi", "rajab", "shaban", "ramadan", "ramadhan", "shawwal", "dhu", "dhul", "eid"), re: new RegExp(`\\b${LEAD}(?:${HIJRI})(?:\\s+(?:of\\s+)?${YEAR_B}|\\s+\\d{4}\\s*(?:AH|H)\\b)?`, "g"), leadEndsInSpace: true, extendBack: LEAD_BACK, script: "latin" },
  { type: "DATE", name: "date-season", triggers: SEASON_WORDS, re: new RegExp(`\\b${LEAD}(?:${SEASON})\\b(?=\\s+(?:when|that|after|before|of)\\b)`, "gi"), leadEndsInSpace: true, extendBack: LEAD_BACK, script: "latin" },
  { type: "DATE", name: "date-numeric", re: new RegExp(`${AT_DIGIT}(?<![\\d\\u0660-\\u0669/.:-])${DIGIT}{1,2}[./-]${DIGIT}{1,2}[./-](?:${DIGIT}{4}|${DIGIT}{2})(?![\\d\\u0660-\\u0669:])`, "gu") },
  { type: "DATE", name: "date-iso", re: new RegExp(`(?<![\\d\\u0660-\\u0669])${YEAR}[./-]${DIGIT}{1,2}[./-]${DIGIT}{1,2}(?![\\d\\u0660-\\u0669])`, "gu") },
  { type: "DATE", name: "date-year", re: new RegExp(`\\b${LEAD}${YEAR_B}(?:\\s*(?:-|–|—|to|until|till|and|or)\\s*${YEAR_B}|[-–/]${DIGIT}{2}(?![\\d\\u0660-\\u0669]))?(?:['’]?s\\b)?`, "gi"), accept: (text, _start, end) => !LAW_AFTER.test(text.slice(end, end + 14)), leadEndsInSpace: true, extendBack: LEAD_BACK, script: "latin" },
  { type: "DATE", name: "date-month-range", triggers: MONTH_WORDS, re: new RegExp(`\\b(?:${MONTHS_WITH_MAY})\\s+(?:to|until|till|and|-|–)\\s+(?:${MONTHS_WITH_MAY})(?:\\s+${YEAR_B})?`, "g"), leadEndsInSpace: true, extendBack: LEAD_BACK, script: "latin" },
  { type: "DATE", name: "date-born", triggers: words("born", "b"), re: new RegExp(`\\b(?:born|b\\.)\\s+(?:in\\s+)?(${YEAR_B})`, "gi"), group: 1, script: "latin" },
  // a month name alone is also a common word (محرم "forbidden", صفر "zero"), so it needs a day, a year or "شهر"
  { type: "DATE", name: "date-arabic", re: new RegExp(`${AR_LEAD}(?:${DIGIT}{1,2}\\s+)?(?:${AR_MONTHS})\\s+(?:عام\\s+|سنة\\s+)?${YEAR_B}`, "gu"), accept: notInsideArabicWord, leadEndsInSpace: true, extendBack: AR_LEAD_BACK, script: "arabic" },
  { type: "DATE", name: "date-arabic", re: new RegExp(`${AR_LEAD}${DIGIT}{1,2}\\s+(?:${AR_MONTHS})`, "gu"), accept: notInsideArabicWord, leadEndsInSpace: true, extendBack: AR_LEAD_BACK, script: "arabic" },
  { type: "DATE", name: "date-arabic", re: new RegExp(`(?:في\\s+)?(?:شهر|أشهر)\\s+(?:${AR_MONTHS})`, "gu"), accept: notInsideArabicWord, script: "arabic" },
  { type: "DATE", name: "date-arabic", re: new RegExp(`(?:${AR_SEASON})\\s+(?:عام\\s+|سنة\\s+)?(?:${AR_SEASON}\\s+)?${YEAR_B}`, "gu"), accept: notInsideArabicWord, script: "arabic" },
  { type: "DATE", name: "date-arabic", re: new RegExp(`${AR_LEAD}${YEAR_B}(?:\\s*(?:-|–|إلى|الى|حتى)\\s*${YEAR_B})?(?:\\s*م)?`, "gu"), accept: notInsideArabicWord, leadEndsInSpace: true, extendBack: AR_LEAD_BACK, script: "arabic" },
];

/** Arabic has no \b: reject a match that starts in the middle of a word. */
function notInsideArabicWord(text: string, start: number): boolean {
  return !/[\u0621-\u064A]/.test(text[start - 1] ?? "");
}
