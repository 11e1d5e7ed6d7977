// Names introduced by a cue: relatives ("my brother Ziad"), naming verbs ("my name is"),
// titles ("Sheikh Adnan") and their Arabic equivalents (اسمي، أخي، المدعو).
import { hasNameWord } from "../proper-words";
import { words, type PatternRule } from "./rule";

const RELATIVE = "brother|brothers|sister|sisters|cousin|cousins|wife|wives|husband|son|sons|daughter|daughters|father|mother|dad|mum|mom|uncle|aunt|auntie|friend|friends|neighbour|neighbor|nephew|niece|grandfather|grandmother|grandson|granddaughter|brother-in-law|sister-in-law|father-in-law|mother-in-law|fiancée|fiance|fiancé|fiancee|comrade|colleague|classmate|roommate|companion|boss|teacher|student|relative|stepfather|stepmother|half-brother|half-sister|baby|baby girl|baby boy|girl|boy|child|kid";
const CAP = "\\p{Lu}[\\p{L}\\p{M}'’]+";
const LINK = "(?:\\s+(?:bin|ibn|ben|bint|Ben|Bin|Ibn|abd|Abd|Abdel|Abdul|Ould|de|van|von)\\s+|\\s+(?:al|el|Al|El)[-‑\\s]|[\\s-])";
const NAME_SEQ = `${CAP}(?:${LINK}${CAP}){0,3}`;

const AR_LETTERS = "[\\u0621-\\u064A\\u066E-\\u06D3\\u064B-\\u065F\\u0670\\u0640]";
const AR_STOP = "(?!(?:لا|هل|أن|ان|إن|ماذا|من|في|على|عن|إلى|الى|كان|كانت|كنت|قال|قالت|لم|لن|ما|هو|هي|هذا|هذه|ذلك|الذي|التي|كل|بعد|قبل|مع|ثم|أو|او|يا|أنا|انا|نحن|هم|عند|غير|لكن|حتى|قد|لقد|مات|قتل|قُتل|ما\\s+زال|مازال|زوج|زوجت|زوجوه|ذهب|أخذ|أخذوه|يعرف|كان|الحقيقي|الحقيقية|الأكبر|الأصغر|الكبير|الصغير|الأول|الثاني|الثالث|السابق|بدون|بلا|دون|ضد|عبر|حول|خلف|أمام|تحت|فوق|بين|منذ|وهو|وهي)(?![\\u0621-\\u064A]))";
const AR_NAME = `${AR_STOP}${AR_LETTERS}{2,}`;
const AR_CUE = "أنا|انا|وأنا|اسمي|اسمه|اسمها|اسمهم|واسمي|واسمه|واسمها|اسمي\\s+الحقيقي|واسمي\\s+الحقيقي|اسمه\\s+الحقيقي|اسمها\\s+الحقيقي|أخي|اخي|وأخي|أخوي|أختي|اختي|وأختي|أخوه|أخته|أخيه|ابن\\s+عمي|ابن\\s+خالي|ابنة\\s+عمي|ابن\\s+أخي|ابن\\s+اخي|ابن\\s+أختي|بنت\\s+عمي|زوجي|زوجتي|زوجها|زوجته|ابني|ابنتي|بنتي|ابنه|ابنها|صديقي|صديقتي|صديقه|رفيقي|جاري|جارنا|عمي|خالي|عمتي|خالتي|جدي|جدتي|المدعو|المدعوة|يدعى|يُدعى|تدعى|تُدعى|يسمى|يُسمى|تسمى|الشيخ|الحاج|الحاجة|السيد|السيدة|الأستاذ|الدكتور|الأخ|الأخت";

const RELATIVE_ANY_CASE = RELATIVE.split("|").map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");
const OWNER_BEFORE = new RegExp(`\\b(?:my|his|her|our|their|your|whose|a|the|one)\\s+(?:(?:late|little|older|younger|elder|eldest|youngest|best|old|own|dead|first|second|third|oldest|only|baby|twin)\\s+){0,2}(?:${RELATIVE}),?\\s+$`, "i");

/** Ranks and kin words also head ordinary phrases ("General Directorate", "Sister Republic"), so after them the name must be a proper one. */
const RANK = /^(?:Professor|Prof|Captain|Colonel|General|Lieutenant|Sergeant|Brother|Sister|Uncle|Aunt|Auntie|Judge|Justice|Lord|Lady|Dame|Sir|Ambassador)\b/;
function nameAfterRank(text: string, start: number, end: number): boolean {
  const rank = RANK.exec(text.slice(start, end));
  return !rank || hasNameWord(text, start + rank[0].length, end);
}

export const PERSON_RULES: readonly PatternRule[] = [
  // "my brother Ziad": found from the kinship word; the possessive before it is checked, not matched
  {
    type: "PERSON", name: "kin-name",
    triggers: words(...RELATIVE.split("|").map((w) => w.split(" ")[0] ?? w)),
    re: new RegExp(`(?:${RELATIVE_ANY_CASE}),?\\s+(${NAME_SEQ})`, "gu"),
    group: 1,
    accept: (text, start) => OWNER_BEFORE.test(text.slice(Math.max(0, start - 60), start)),
    script: "latin",
  },
  { type: "PERSON", name: "named-cue", triggers: words("named", "called", "name", "names", "real", "birth", "given", "true", "actual", "first", "surname", "family", "full", "known", "am", "im", "this", "son", "daughter", "wife", "widow", "brother", "sister", "mother", "father"), re: new RegExp(`\\b(?:named|called|name\\s+is|name\\s+was|names\\s+are|names\\s+were|real\\s+name\\s+is|real\\s+name\\s+was|(?:[Rr]eal|[Bb]irth|[Gg]iven|[Tt]rue|[Aa]ctual)\\s+name|first\\s+name|surname|family\\s+name|full\\s+name|known\\s+to\\s+us\\s+as|am|I'm|I’m|this\\s+is|son\\s+of|daughter\\s+of|wife\\s+of|widow\\s+of|brother\\s+of|sister\\s+of|mother\\s+of|father\\s+of)[:,]?\\s+(${NAME_SEQ})`, "gu"), group: 1, script: "latin" },
  { type: "PERSON", name: "title-name", triggers: words("mr", "mrs", "ms", "miss", "dr", "sheikh", "shaykh", "sheik", "haji", "hajji", "hajj", "mullah", "imam", "ustadh", "ustaz", "professor", "prof", "captain", "colonel", "general", "lieutenant", "sergeant", "brother", "sister", "uncle", "aunt", "auntie", "madame", "monsieur", "judge", "justice", "ambassador", "sir", "lord", "lady", "dame"), re: new RegExp(`\\b(?:Judge|Justice|Ambassador|Sir|Lord|Lady|Dame|Mr|Mrs|Ms|Miss|Dr|Sheikh|Shaykh|Sheik|Haji|Hajji|Hajj|Mullah|Imam|Ustadh|Ustaz|Professor|Prof|Captain|Colonel|General|Lieutenant|Sergeant|Brother|Sister|Uncle|Aunt|Auntie|Madame|Monsieur)\\.?\\s+${NAME_SEQ}`, "gu"), accept: nameAfterRank, script: "latin" },
  { type: "PERSON", name: "bin-name", triggers: words("bin", "ibn", "ben", "bint"), re: new RegExp(`(?:bin|ibn|ben|bint|Bin|Ibn|Ben|Bint)\\s+${NAME_SEQ}`, "gu"), extendBack: new RegExp(`${CAP}\\s+$`, "u"), requireBack: true, script: "latin" },
  // initials: "Yassine B.", "Karim H."
  // (the word before has lower-case letters and stands on the same line: not "THE FACTS\n\nI.")
  { type: "PERSON", name: "initial-name", re: /\b[A-Z]\.(?=[\s,;)])/g, extendBack: /(?<![\p{L}\p{M}])\p{Lu}\p{Ll}[\p{L}\p{M}'’]*[ \t]+$/u, requireBack: true, script: "latin" },
  // Arabic cue + name; a second word without "ال" joins only when it closes the phrase ("أنا عبد الله آدم،")
  { type: "PERSON", name: "arabic-cue-name", re: new RegExp(`(?<!${AR_LETTERS})(?:[وف]?(?:${AR_CUE}))\\s+(?:هو\\s+|هي\\s+)?((?:عبد\\s*ال?${AR_LETTERS}{2,}|${AR_NAME})(?:\\s+(?:بن|ابن|بنت)\\s+${AR_NAME}|\\s+(?:ال)${AR_LETTERS}{2,}(?![\\u0621-\\u064A])(?<!(?:الذي|التي|الآن|الان|اليوم|الأكبر|الأصغر|الكبير|الصغير|الحقيقي))|\\s+${AR_NAME}(?=\\s*[،,.؛:!؟?\\n]))?)`, "gu"), group: 1, script: "arabic" },
];
