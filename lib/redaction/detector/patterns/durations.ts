// Durations and clock times: "three years and nine months", "a two-year contract", "15
// months'", "at 12.45 p.m.". How long someone was held, sentenced or served, and the hour
// something happened, date an event as a calendar date does. Vague spans ("for years", "a
// few months") are left: they narrow nothing down.
import { AT_DIGIT, DIGIT } from "./numbers";
import { words, type PatternRule } from "./rule";

const NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half)";
const COUNT = `(?:${DIGIT}{1,3}(?:[.,]5)?|${NUMBER_WORD}(?:[\\s-]+(?:and\\s+)?(?:a\\s+)?${NUMBER_WORD}){0,3}|an?\\s+(?:year|month|week|day)\\s+and\\s+a|half\\s+an?|one\\s+and\\s+a|two\\s+and\\s+a)`;
const UNIT = "(?:years?|months?|weeks?|days?|hours?|yrs?)";
/** Words that tie a duration to an event: held for, sentenced to, within, a period of. */
const LEAD = "(?:for|within|during|spent|served|serving|lasting|lasted|sentenced(?:\\s+(?:him|her|them|me|us))?\\s+to|(?:a|the)\\s+(?:period|term|sentence|total)\\s+of|up\\s+to|at\\s+least|over\\s+the\\s+(?:next|last|following|past)|(?:the|a)\\s+(?:next|last|following|past|further|first)|in\\s+the\\s+(?:next|last|following|past|first))";
const SECOND = `(?:${COUNT}[\\s-]+${UNIT}(?:['’]s?)?,?\\s+and\\s+)?${COUNT}[\\s-]+$`;
/** "two years and " after "sentenced to": the lead is required but stays outside the span. */
const LEAD_BEFORE = new RegExp(`(?<=(?<![\\p{L}\\p{N}])${LEAD}\\s+)(?:(?:almost|nearly|about|around|over|under|more\\s+than|less\\s+than|some|another|only|just)\\s+)?${SECOND}`, "iu");
/** "two years’ imprisonment", "a two-year contract": the measure phrase says it is a duration. */
const COUNT_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${SECOND}`, "iu");
const UNIT_WORDS = words("year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "yr", "yrs");

const CLOCK = /(?<![\d.:,])\d{1,2}[:.][0-5]\d/g;
const clockStarts = (text: string): number[] => [...text.matchAll(CLOCK)].map((m) => m.index);

export const DURATION_RULES: readonly PatternRule[] = [
  // "for three months", "sentenced to two years and one month", "within ten days"
  { type: "DATE", name: "duration", triggers: UNIT_WORDS, re: /\b(?:years?|months?|weeks?|days?|hours?|yrs?)\b(?:['’]s?(?![\p{L}]))?/giu, leadEndsInSpace: true, extendBack: LEAD_BEFORE, requireBack: true, script: "latin" },
  // "fifteen months’ imprisonment", "one year’s", "a two-year contract"
  { type: "DATE", name: "duration", triggers: UNIT_WORDS, re: /\b(?:(?:years|months|weeks|days|hours)['’]|(?:year|month|week|day|hour)['’]s)(?![\p{L}])|(?<=-)(?:year|month|week|day|hour)\b(?=\s+\p{Ll})/giu, extendBack: COUNT_BEFORE, requireBack: true, script: "latin" },
  // "a 12 year sentence": a count of years before the word for a sentence or a term
  { type: "DATE", name: "duration", triggers: UNIT_WORDS, re: /\b(?:years?|months?|weeks?|days?)(?=\s+(?:sentence|term|ban|contract|prison|jail|imprisonment|detention|stay)\b)/giu, extendBack: COUNT_BEFORE, requireBack: true, script: "latin" },
  // "the two months he spent in Tabqa prison": what follows makes it a stay
  { type: "DATE", name: "duration", triggers: UNIT_WORDS, re: /\b(?:years?|months?|weeks?|days?)\b(?=\s+(?:(?:he|she|I|we|they|you)\s+)?(?:had\s+)?(?:spent|served|lasted|was\s+held|were\s+held|was\s+detained|were\s+detained|in\s+(?:prison|jail|detention|custody|the\s+camp|hiding)))/giu, extendBack: COUNT_BEFORE, requireBack: true, script: "latin" },
  // the punishment itself: "sentenced to death", "life imprisonment"
  { type: "DESCRIPTION", name: "sentence", triggers: words("death", "life", "sentenced"), re: /\b(?:death\s+(?:penalty|sentence)|life\s+(?:imprisonment|sentence)|sentenced\s+to\s+death)\b/giu, script: "latin" },
  // "12.45 p.m.", "9 a.m.", "5.30pm", "12 noon", "at 18:40"
  { type: "DATE", name: "time-of-day", re: new RegExp(`${AT_DIGIT}(?<![\\d\\u0660-\\u0669.:,])${DIGIT}{1,2}(?:[.:]${DIGIT}{2})?\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|o['’]clock\\b|noon\\b|midnight\\b|hrs\\b|h\\b)`, "giu") },
  // "at 18:40": a bare clock time counts after a word that makes it one; found from the digits
  { type: "DATE", name: "time-of-day", starts: clockStarts, re: new RegExp(`${DIGIT}{1,2}[:.][0-5]${DIGIT}(?![\\d.:,]\\d)`, "gu"), accept: (text, start) => /\b(?:at|around|about|until|till|by|from)\s+(?:about\s+|around\s+)?$/i.test(text.slice(Math.max(0, start - 16), start)), script: "latin" },
];
