// Places that no gazetteer can list: named by a facility word ("Tabqa prison", "al-Hol
// camp", "Mansour Street", "سجن الملعب") or introduced by "village of", "حي", "مدينة".
import { foldWord } from "../normalize";
import { hasNameWord } from "../proper-words";
import { ARTICLE_PREFIX } from "./fragments";
import { hasArabic, words, type PatternRule } from "./rule";

const CAPWORD = `${ARTICLE_PREFIX}?\\p{Lu}[\\p{L}\\p{M}'’]*`;
/** The first word of a facility's name is not a word that only opens the sentence ("The Tabqa prison"). */
const NAME_START = "(?!(?:The|A|An|This|That|These|Those|In|On|At|By|For|From|To|Of|And|Or|But|When|After|Before|Our|My|His|Her|Their|Its)\\s)";
const ANYWORD = `${ARTICLE_PREFIX}?[\\p{L}\\p{M}'’]+`;
const FACILITY = "guesthouse|madafa|centre|center|complex|hall|zone|camp|camps|prison|jail|gaol|hospital|clinic|dam|oil\\s?field|gas\\s?field|gas\\s+plant|field|refinery|airbase|air\\s?base|airport|base|barracks|stadium|mosque|church|school|university|market|souk|square|roundabout|bridge|checkpoint|crossing|border\\s+crossing|gate|street|road|avenue|boulevard|lane|district|neighbourhood|neighborhood|quarter|suburb|village|town|city|province|governorate|area|valley|mountain|mountains|hill|desert|river|lake|island|silo|silos|factory|plant|farm|farms|station|hotel|villa|garrison|borough|municipality|county|commune|canton|parish|region|prefecture|township|subdistrict|sub-district|mahalle|mahallesi|palace|compound|tower|building|institute|court|headquarters|HQ|port|harbour|cemetery|park|garden|highway|motorway|junction|sector|front|frontline|annex|phase|section|block|ward|wing|dormitory|building\\s+\\d+";
const FACILITY_ARABIC = "مضافة|مضافات|مدينة|بلدة|قرية|حي|شارع|مخيم|معسكر|سجن|مشفى|مستشفى|المشفى|المستشفى|سد|حقل|معبر|ريف|منطقة|جسر|دوار|ساحة|جامع|مسجد|حاجز|ناحية|قضاء|محافظة|مطار|مدرسة|ملعب|جامعة|سوق|مصفاة|معمل|مزرعة|مزارع|جبل|وادي|نهر|فندق|مبنى|قصر|فيلا|قاعدة|كتلة|قطاع|مقر|مدخل|طريق|أوتوستراد|مستوصف|دائرة";
/** Folded Arabic facility words: generic heads that must not spread from "مخيم الهول" to every "المخيم". */
export const FACILITY_KEYS_ARABIC: ReadonlySet<string> = new Set(FACILITY_ARABIC.split("|").map(foldWord));
const FACILITY_WORDS: ReadonlySet<string> = new Set(FACILITY.split("|").map((w) => w.split(/\\/)[0] ?? w));
/** Facility words may open a sentence or a title, so their first letter takes either case. */
const FACILITY_ANY_CASE = FACILITY.split("|").map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");
const AR_LETTERS = "[\\u0621-\\u064A\\u066E-\\u06D3\\u064B-\\u065F\\u0670\\u0640]";
const AR_STOP = "(?!(?:في|من|على|عن|إلى|الى|كان|كانت|كنت|مع|ثم|أو|او|و|الذي|التي|هو|هي|هناك|بعد|قبل|لم|لا|قد|كل|حيث|عند|لمدة|أيضا|أيضاً|كبير|كبيرة|صغير|صغيرة|قريب|قريبة|بعيد)(?![\\u0621-\\u064A]))";

/** Capitalised facility words, for places called by their kind alone: "the women's section, Annex, was full". */
const NOT_BARE_NAMES = new Set("court section sector front phase area zone field block wing ward base hall complex centre center building plant park garden cemetery compound tower headquarters institute university school district region county province city town village quarter suburb neighbourhood neighborhood lane road street gate station borough municipality commune canton parish township valley mountain mountains hill desert river lake island house".split(" "));
const FACILITY_CAPITALISED = FACILITY.split("|").filter((w) => /^[a-z]+$/.test(w) && !NOT_BARE_NAMES.has(w)).map((w) => w[0]?.toUpperCase() + w.slice(1)).join("|");
const DETERMINER_BEFORE = /(?:^|[\n.!?:;(\[“"]\s*|\b(?:the|a|an|this|that|these|those|our|my|his|her|their|its|your|whose|which|each|every|no|any|some|one|another)\s+|\p{Lu}[\p{L}'’-]*\s+)$/u;
const NAME_AFTER = /^(?:\s+(?:of|de|du|al|el)\b|\s*[-‑]?\s*\p{Lu}|\s*\d)/u;

/** A bare capitalised facility word mid-sentence, with no article, names one place. */
function bareFacilityName(text: string, start: number, end: number): boolean {
  return !DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && !NAME_AFTER.test(text.slice(end, end + 6));
}

export const LOCATION_RULES: readonly PatternRule[] = [
  { type: "LOCATION", name: "named-facility-word", script: "latin", triggers: FACILITY_WORDS, re: new RegExp(`\\b(?:${FACILITY_CAPITALISED})\\b`, "gu"), accept: bareFacilityName },
  // "Tabqa prison", "al-Hol camp", "the clock tower roundabout": name words before the facility word
  // found from the facility word backwards: a leading run of capitalised words would make the regex try every capital
  {
    type: "LOCATION", name: "facility-name",
    script: "latin",
    re: new RegExp(`\\b(?:${FACILITY_ANY_CASE})(?:\\s+(?:${FACILITY}))?\\b`, "gu"),
    triggers: FACILITY_WORDS,
    extendBack: new RegExp(`(?<![\\p{L}\\p{M}])${NAME_START}${CAPWORD}(?:[\\s-]+${CAPWORD}){0,3}(?:\\s+(?!(?:and|or|the|of|to|in|a|an|was|is|were|with|for|at)\\s)[a-z]+)?\\s+$`, "u"),
    requireBack: true,
    accept: (text, start) => !/^(?:The|A|An|This|That|Our|My|His|Her|Their|In|At|To|From|Near|Of)$/.test(text.slice(Math.max(0, start - 12), start).trim().split(/\s+/).pop() ?? ""),
    // "Tabqa prison", not "the Central Prison" or "Fourth Section"
    acceptExtended: (text, start, end) => hasNameWord(text, start, text.lastIndexOf(" ", end - 1)),
  },
  // "the basement of the dam" is not a name; "camp of al-Farouk", "village of Khasham" is
  { type: "LOCATION", name: "facility-of-name", triggers: FACILITY_WORDS, re: new RegExp(`\\b(?:${FACILITY_ANY_CASE})\\s+(?:of|in|at|called|named|known\\s+as)\\s+(?:the\\s+)?${CAPWORD}(?:[\\s-]+${CAPWORD}){0,2}`, "gu"), accept: (text, start, end) => hasNameWord(text, start + 1, end), script: "latin" },
  { type: "LOCATION", name: "place-head-name", triggers: words("camp", "prison", "street", "sharia", "shari", "rue", "avenue", "boulevard", "hay", "hayy", "harat", "haret", "souk", "suq", "bab", "tal", "tell", "jabal", "jebel", "wadi", "ain", "ayn", "ras", "deir", "dayr", "kafr", "kfar", "khirbet", "mazraat", "qasr", "bir", "jisr", "sahat", "dawwar", "point"), re: new RegExp(`\\b(?:Camp|Prison|Street|Sharia|Shari'|Rue|Avenue|Boulevard|Hay|Hayy|Harat|Haret|Souk|Suq|Bab|Tal|Tell|Jabal|Jebel|Wadi|Ain|Ayn|Ras|Deir|Dayr|Kafr|Kfar|Khirbet|Mazraat|Qasr|Bir|Jisr|Sahat|Dawwar|Point)\\s+${ANYWORD}(?:[\\s-]+${CAPWORD}){0,2}`, "gu"), accept: capitalisedAfterHead, script: "latin" },
  // a landmark named by a common noun: "the clock tower roundabout", "the football stadium"
  { type: "LOCATION", name: "landmark", triggers: words("roundabout", "stadium", "square", "bridge", "silo", "silos", "bakery", "tower", "mosque", "souk", "checkpoint", "hospital", "prison", "camp", "church", "hotel", "garage", "factory", "dam", "refinery", "station"), re: /\b(?:roundabout|stadium|square|bridge|silos?|bakery|tower|mosque|souk|checkpoint|hospital|prison|camp|church|hotel|garage|factory|dam|refinery|station)\b/g, extendBack: /\bthe\s+(?!(?:same|other|first|next|whole|only|nearest|local|main|new|big|small|a|an)\s)(?:[a-z]+\s+){1,2}$/, requireBack: true, script: "latin" },
  { type: "LOCATION", name: "numbered-place", triggers: words("point", "building", "block", "phase", "section", "sector", "annex", "ward", "wing", "gate", "checkpoint", "kilometre", "kilometer", "km"), re: /\b(?:Point|Building|Block|Phase|Section|Sector|Annex|Ward|Wing|Gate|Checkpoint|Kilometre|Kilometer|Km)\s+\d{1,4}[A-Z]?\b/g, script: "latin" },
  { type: "LOCATION", name: "numbered-district", triggers: words("neighbourhood", "neighborhood", "district", "quarter"), re: /\b(?:Neighbourhood|Neighborhood|District|Quarter)\s+(?:No\.?\s*)?\d{1,3}\b/g, script: "latin" },
  { type: "LOCATION", name: "facility-name-arabic", re: new RegExp(`(?<!${AR_LETTERS})(?:[وفبلك]?(?:ال)?(?:${FACILITY_ARABIC}))\\s+${AR_STOP}(?:[وفبلك]?${AR_LETTERS}{2,}|[0-9\\u0660-\\u0669]{1,4})(?:\\s+(?:ال)${AR_LETTERS}{2,}(?<!(?:الذي|التي|الآن|الان|اليوم|الكبير|الكبيرة|الصغير|الصغيرة|القديم|القديمة|الجديد|الجديدة|الشمالي|الجنوبي)))?`, "gu"), gate: hasArabic, script: "arabic" },
];

/** "Camp Bucca", "Bab al-Hawa": the words after the head word are a name, not "Street Children". */
function capitalisedAfterHead(text: string, start: number, end: number): boolean {
  const rest = text.slice(start, end).split(/\s+/).slice(1).join(" ").replace(new RegExp(`^${ARTICLE_PREFIX}`), "");
  return /^\p{Lu}/u.test(rest) && hasNameWord(rest, 0, rest.length);
}
