// Number fragments shared by the age and date patterns. Digits include Arabic-Indic forms.

export const DIGIT = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
/**
 * Put before the leading lookbehind of a pattern that opens with a digit class: V8 then
 * skips to the next digit instead of trying the whole pattern everywhere (measured 1.5x on
 * long texts). It only restates the first character, so matches are unchanged. Patterns
 * whose lookbehind is followed by literal text (years "19|20…", Arabic words) are already
 * fast and get slower with it.
 */
export const AT_DIGIT = `(?=${DIGIT})`;
const UNITS = "one|two|three|four|five|six|seven|eight|nine";
const TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
/** 1–2 digit number or an English number word up to ninety-nine. */
export const NUM_EN = `(?:${DIGIT}{1,2}|(?:${TENS})(?:[\\s-](?:${UNITS}))?|${TEENS}|${UNITS})`;
export const DECADES_EN = "teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|[2-8]0s";
/** Years a testimony can mention: 1900–2039 (an old relative's birth year too), any digit script. */
export const YEAR = `(?:(?:19|\\u0661\\u0669|\\u06F1\\u06F9)${DIGIT}${DIGIT}|(?:20|\\u0662\\u0660|\\u06F2\\u06F0)[0-3\\u0660-\\u0663\\u06F0-\\u06F3]${DIGIT})`;
/** Counting nouns that make a number something other than an age. */
export const NOT_AN_AGE = "(?!\\s*(?:%|percent|months?|weeks?|days?|hours?|minutes?|seconds?|dollars?|euros?|liras?|km|kilomet|metres|meters|miles|men|women|people|fighters|times|of\\s+(?:us|them|the)|am|pm|o'clock|kg|litres|cars|houses|boys|girls|children|persons|prisoners|bodies|:))";
