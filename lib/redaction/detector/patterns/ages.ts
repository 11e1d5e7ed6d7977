// Ages: "I was 17", "a 23-year-old", "aged 19", "in his twenties", "عمري ١٧ سنة".
import { AT_DIGIT, DECADES_EN, DIGIT, NUM_EN, NOT_AN_AGE } from "./numbers";
import { words, type PatternRule } from "./rule";

const HEDGE = "(?:only|just|barely|about|around|almost|nearly|maybe|perhaps|probably|then|now|already|not\\s+even|under|over|still)";
const ALSO = `(?:\\s*(?:,|or|to|and|-|–)\\s*${NUM_EN}\\b)?`;
const YEARS_OLD = "(?:[\\s-]+years?[\\s-]+old|[\\s-]+years?\\s+of\\s+age|[\\s-]+yrs?\\.?(?:\\s+old)?)?";
const AR_NUM = `(?:${DIGIT}{1,2}|عشر(?:ة)?|[\\u0621-\\u064A]+\\s+عشر(?:ة)?|عشرين|ثلاثين|أربعين|اربعين|خمسين|ستين)`;
const AR_YEARS = "(?:\\s*(?:سنة|سنه|سنوات|سنين|عاماً|عاما|عامًا|عام|ربيعاً|ربيعا))";
const AR_ORDINAL = "(?:ال)?(?:عاشرة|حادية|ثانية|ثالثة|رابعة|خامسة|سادسة|سابعة|ثامنة|تاسعة|الحادي|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)(?:\\s+عشر(?:ة)?)?";
const AR_DECADE = "(?:ال)?(?:عشرين|ثلاثين|أربعين|اربعين|خمسين|ستين|سبعين)(?:ات|يات)";

const BE_BEFORE = /(?:\b(?:I|he|she|we|they|you|it)\s*)?(?:\b(?:was|were|am|is|are|turned|turns)|['’](?:m|s))\s+(?:(?:only|just|barely|about|around|almost|nearly|maybe|perhaps|probably|then|now|already|not\s+even|under|over|still)\s+){0,2}$/i;
/** The hedge ("now 29", "about 35") is part of the age; "I was" before it is not, and stays outside. */
const HEDGE_AFTER_BE = /(?<=(?:\b(?:was|were|am|is|are|turned|turns)|['’](?:m|s))\s+)(?:(?:only|just|barely|about|around|almost|nearly|maybe|perhaps|probably|then|now|already|not\s+even|under|over|still)\s+){1,2}$/i;
const beBefore = (text: string, start: number): boolean => BE_BEFORE.test(text.slice(Math.max(0, start - 48), start));
const NUMBER_WORDS = words("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

const SPACE = /\s/;
const spaceBefore = (text: string, start: number): boolean => SPACE.test(text[start - 1] ?? "");

export const AGE_RULES: readonly PatternRule[] = [
  // "I was 17", "he is only fourteen": found from the number, the subject and verb checked behind it
  // (BE_BEFORE ends in a space, so numbers in timestamps and dates are dropped before it runs)
  { type: "AGE", name: "age-be-number", re: new RegExp(`${AT_DIGIT}(?<![\\d\\u0660-\\u0669])${DIGIT}{1,2}\\b${ALSO}${YEARS_OLD}${NOT_AN_AGE}`, "g"), accept: (text, start) => spaceBefore(text, start) && beBefore(text, start), extendBack: HEDGE_AFTER_BE, script: "latin" },
  { type: "AGE", name: "age-be-number-word", triggers: NUMBER_WORDS, re: new RegExp(`(?!one\\b(?![\\s-]+years?))${NUM_EN}\\b${ALSO}${YEARS_OLD}${NOT_AN_AGE}`, "gi"), accept: (text, start) => spaceBefore(text, start) && beBefore(text, start), extendBack: HEDGE_AFTER_BE, script: "latin" },
  { type: "AGE", name: "age-aged", triggers: words("aged", "age", "ages"), re: new RegExp(`\\b(?:aged?|age\\s+of|at\\s+the\\s+age\\s+of|ages)\\s+(?:${HEDGE}\\s+)?${NUM_EN}\\b${ALSO}${YEARS_OLD}`, "gi"), script: "latin" },
  // "a 23-year-old", "13 years old", "19 years of age": found from "year(s)"
  { type: "AGE", name: "age-years-old", triggers: words("year", "years", "yr", "yrs"), re: /\b(?:years?|yrs?)(?:[\s-]+old\b|\s+of\s+age\b)/gi, leadEndsInSpace: true, extendBack: new RegExp(`(?:\\ban?\\s+)?\\b${NUM_EN}(?:\\s*(?:-|–|or|to)\\s*${NUM_EN})?[\\s-]+$`, "i"), requireBack: true, script: "latin" },
  // "in his early twenties": found from the decade word, the rarest part
  { type: "AGE", name: "age-decade", triggers: words("teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties"), re: new RegExp(`(?:${DECADES_EN})\\b`, "gi"), leadEndsInSpace: true, extendBack: /(?:\b(?:now|then|still|already|probably|maybe|perhaps|about|around|well)\s+)?\b(?:in\s+)?(?:his|her|my|their|our|your|the)\s+(?:(?:early|mid|late)[\s-]+)?$/i, requireBack: true, script: "latin" },
  { type: "AGE", name: "age-decade", triggers: words("early", "mid", "late"), re: new RegExp(`\\b(?:early|mid|late)[\\s-]+(?:${DECADES_EN})\\b`, "gi"), script: "latin" },
  { type: "AGE", name: "age-hedged-number", triggers: words("now", "then", "only", "just", "barely", "still"), re: new RegExp(`\\b(?:now|then|only|just|barely|still)\\s+(?!one\\b)${NUM_EN}\\b${ALSO}${NOT_AN_AGE}`, "gi"), script: "latin" },
  { type: "AGE", name: "age-child-of", triggers: words("boy", "boys", "girl", "girls", "children", "kid", "kids", "teenager", "teenagers", "child", "son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "sisters", "men", "women", "man", "woman"), re: new RegExp(`\\b(?:boys?|girls?|children|kids?|teenagers?|child|sons?|daughters?|brothers?|sisters?|men|women|man|woman)\\s+(?:of|aged)\\s+(?:about\\s+)?${NUM_EN}\\b${ALSO}`, "gi"), script: "latin" },
  // "Adnan, 34, Kurdish": a bare number between commas right after a word
  { type: "AGE", name: "age-between-commas", accept: (text, start) => /[\p{L})\]],\s{1,2}(?:about\s+|around\s+|approx\.?\s+|~)?$/u.test(text.slice(Math.max(0, start - 12), start)), re: new RegExp(`,\\s{1,2}((?:about\\s+|around\\s+|approx\\.?\\s+|~)?${DIGIT}{1,2}(?=\\s*(?:[,;)]|\\.(?!\\d)|\\s+(?:years?|yrs?))))`, "gu"), group: 1, script: "latin" },
  { type: "AGE", name: "age-about", triggers: words("man", "woman", "boy", "girl", "widow", "mother", "father", "fighter", "defector", "recruit"), re: new RegExp(`\\b(?:man|woman|boy|girl|widow|mother|father|fighter|defector|recruit),?\\s+(?:about|around|approximately|roughly|maybe|perhaps|~)\\s*${DIGIT}{1,2}\\b${NOT_AN_AGE}`, "gi"), script: "latin" },
  { type: "AGE", name: "age-at-event", triggers: words("married", "joined", "recruited", "arrested", "enlisted", "captured", "kidnapped", "taken", "engaged", "widowed", "orphaned", "left", "started", "began"), re: new RegExp(`\\b(?:married|joined|recruited|arrested|enlisted|captured|kidnapped|taken|engaged|widowed|orphaned|left\\s+school|started|began)\\s+(?:at|aged)\\s+(?:only\\s+|just\\s+)?${NUM_EN}\\b${NOT_AN_AGE}`, "gi"), script: "latin" },
  // answer to "how old": the first number of the next line
  { type: "AGE", name: "age-how-old", triggers: words("how"), re: new RegExp(`how old[^\\n]*\\n(?:\\s*\\[?[\\d:.,]+\\]?)?(?:\\s*[AQ]:)?[^\\n\\d]{0,40}?(${NUM_EN}\\b${ALSO})`, "gi"), group: 1, script: "latin" },
  { type: "AGE", name: "age-arabic", re: new RegExp(`(?:(?:كان|كانت|وكان|وكانت|كنت|وكنت)\\s+)?(?:[وف]?(?:عمري|عمره|عمرها|عمرهم|عمرنا|عمرك|بعمر|بعمري|بسن|سن|سني|سنه|العمر))\\s+(?:(?:الآن|الان|حاليا|حالياً|وقتها|حينها|آنذاك|تقريبا|تقريباً|حوالي|نحو)\\s+){0,2}${AR_NUM}${AR_YEARS}?`, "gu"), script: "arabic" },
  { type: "AGE", name: "age-arabic", re: new RegExp(`(?:ابن|ابنة|بنت|عمره|عمرها)\\s+${AR_NUM}${AR_YEARS}`, "gu"), script: "arabic" },
  { type: "AGE", name: "age-arabic", re: new RegExp(`${AT_DIGIT}(?<![\\u0621-\\u064A]\\s?)(?<!(?:منذ|لمدة|خلال|بعد|قبل|مدة)\\s)${DIGIT}{1,2}${AR_YEARS}(?!\\s*(?:من\\s+)?(?:الحرب|السجن|القتال))`, "gu"), script: "arabic" },
  { type: "AGE", name: "age-arabic-ordinal", re: new RegExp(`في\\s+${AR_ORDINAL}(?:\\s+من\\s+(?:عمر|العمر)[\\u0621-\\u064A]*)?`, "gu"), script: "arabic" },
  { type: "AGE", name: "age-arabic-decade", re: new RegExp(`في\\s+${AR_DECADE}(?:\\s+من\\s+(?:عمر|العمر)[\\u0621-\\u064A]*)?`, "gu"), script: "arabic" },
];
