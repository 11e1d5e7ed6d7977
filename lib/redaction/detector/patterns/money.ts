// Amounts of money: "EUR 4,000", "250,000 Swedish kronor (SEK)", "$500", "five thousand
// dollars", "٥٠٠ دولار". What a person was paid, fined or awarded narrows down who they are,
// so an amount is reported as a DESCRIPTION (a detail about the person, like a scar): the
// detector has no type of its own for quantities and a new one would ripple through every
// screen that lists types. Rules are found from the currency word or sign, never from a
// bare number, so that a number scan cannot run away on long digit strings.
import { foldWord } from "../normalize";
import { DIGIT } from "./numbers";
import { words, type PatternRule } from "./rule";

/** ISO codes of the currencies testimony and court files mention. */
const CODES = "DM|TL|FF|BF|EUR|USD|GBP|TRY|TRL|YTL|ATS|DEM|FRF|BEF|NLG|ITL|ESP|PLN|SEK|NOK|DKK|CHF|CZK|HUF|RON|BGN|RUB|UAH|SYP|IQD|JOD|LBP|TND|MAD|DZD|LYD|EGP|SAR|AED|QAR|KWD|BHD|OMR|IRR|AFN|PKR|INR|CNY|JPY|CAD|AUD|CYP|GRD|HRK|MKD|ALL|AZN|GEL|KZT|UZS";
const CURRENCY_WORDS = "(?:Deutsche?\\s+)?Marks?|euros?|dollars?|pounds?(?:\\s+sterling)?|liras?|lire|kuru[sş]|kronor|kronas?|kroner|krone|crowns?|zlotys?|z[lł]oty|groszy|schillings?|marks?|deutschmarks?|francs?|dinars?|dirhams?|riyals?|rials?|roubles?|rubles?|hryvnias?|manats?|lari|tenge|yuan|yen|rupees?|shekels?|drachmas?|cents?|pence|piastres?|piasters?|qirsh";
/** Words that may stand between the amount and the currency: "Turkish liras", "US dollars". */
const QUALIFIER = "(?:[A-Z]{2,4}|Deutsche?|new|old|US|U\\.S\\.|American|Australian|Canadian|Hong\\s+Kong|Turkish|Syrian|Iraqi|Jordanian|Lebanese|Egyptian|Libyan|Tunisian|Algerian|Moroccan|Saudi|Kuwaiti|Swedish|Norwegian|Danish|Polish|Austrian|German|French|Belgian|Dutch|Swiss|Cypriot|Greek|Russian|Ukrainian|Czech|Hungarian|Romanian|Bulgarian|Croatian|Serbian|Bosnian|British|Irish|Italian|Spanish|Portuguese|Finnish|Icelandic|Maltese|Slovak|Slovenian|Latvian|Lithuanian|Estonian|Georgian|Armenian|Azerbaijani|Iranian|Afghan|Pakistani|Indian|Chinese|Japanese|gold)";
/** 4,000 | 12,355.61 | 2.847.312.000 | 1 500 | 40.000,50 | 3.5 — groups are bounded, so no run of digits is scanned twice. */
const AMOUNT = `${DIGIT}{1,3}(?:[,.\\u00A0\\u202F' ]${DIGIT}{3}){1,6}(?:[.,]${DIGIT}{1,2})?|${DIGIT}{1,12}(?:[.,]${DIGIT}{1,2})?`;
const NUMBER_WORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|half|a\\s+few|several|some|few|dozen|hundreds|thousands|millions)";
const SCALE = "(?:\\s*(?:thousand|million|billion|bn|m|k|mln))";
const HEDGE = "(?:(?:approximately|approx\\.?|about|around|roughly|some|nearly|almost|over|more\\s+than|less\\s+than|up\\s+to|at\\s+least|a\\s+total\\s+of|the\\s+sum\\s+of|the\\s+equivalent\\s+of)\\s+)?";
/** What may precede a currency word: an amount (digits or words) and qualifiers. */
const AMOUNT_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])${HEDGE}(?:(?:${AMOUNT})${SCALE}?|(?:a\\s+)?${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD}){0,5})(?:\\s+${QUALIFIER}){0,2}\\s+$`, "iu");
const AMOUNT_BEFORE_CODE = new RegExp(`(?<![\\p{L}\\p{N}])${HEDGE}(?:${AMOUNT})${SCALE}?\\s?$`, "u");
/** "(SEK)", "(euros)", "(approximately 6,000 euros (EUR))": the code or conversion in brackets belongs to the amount. */
const BRACKET_CODE = `(?:\\s*[(\\[](?:${CODES}|${CURRENCY_WORDS}|(?:(?:${CODES})[\\s,;‑–-]*)?(?:approx(?:imately|\\.)?|about|around|i\\.e\\.|equal\\s+to|equivalent\\s+to)?\\s*(?:(?:${CODES})\\s?)?(?:${AMOUNT})(?:\\s*(?:million|billion))?(?:\\s+(?:${CURRENCY_WORDS}))?(?:\\s*\\((?:${CODES})\\))?)[)\\]])?`;

const AR_CURRENCY = ["دولار", "دولارا", "دولاراً", "دولارات", "ليرة", "ليرات", "دينار", "دنانير", "يورو", "ريال", "ريالات", "جنيه", "جنيهات", "درهم", "دراهم", "فرنك"];
const AR_NUMBER_WORD = "(?:ألف|الف|آلاف|الاف|مليون|ملايين|مئة|مائة|مية|مئتين|مائتين|ثلاثمئة|خمسمئة|عشرة|عشرين|ثلاثين|أربعين|اربعين|خمسين|مئات|خمس|خمسة|ثلاث|ثلاثة|عشر)";
const AR_AMOUNT_BEFORE = new RegExp(`(?:(?:حوالي|نحو|قرابة|مبلغ)\\s+)?(?:${DIGIT}{1,3}(?:[,.،٬]${DIGIT}{3}){1,4}|${DIGIT}{1,9}|${AR_NUMBER_WORD})(?:\\s+(?:و)?${AR_NUMBER_WORD}){0,3}\\s+$`, "u");

const codeWords = CODES.toLowerCase().split("|");
const currencyWords = ["euro", "euros", "dollar", "dollars", "pound", "pounds", "lira", "liras", "lire", "kurus", "kronor", "krona", "kronas", "kroner", "krone", "crown", "crowns", "zloty", "zlotys", "groszy", "schilling", "schillings", "mark", "marks", "deutschmark", "deutschmarks", "franc", "francs", "dinar", "dinars", "dirham", "dirhams", "riyal", "riyals", "rial", "rials", "rouble", "roubles", "ruble", "rubles", "hryvnia", "hryvnias", "manat", "manats", "lari", "tenge", "yuan", "yen", "rupee", "rupees", "shekel", "shekels", "drachma", "drachmas", "cent", "cents", "pence", "piastre", "piastres", "piaster", "piasters", "qirsh"];

/** Positions of each of `needles` in `text`, ascending. */
function positionsOf(text: string, needles: readonly string[]): number[] {
  const out: number[] = [];
  for (const needle of needles) for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out.sort((a, b) => a - b);
}
const signStarts = (text: string): number[] => positionsOf(text, ["$", "€", "£"]);
const PER_CENT = /per\s?cent\b/gi;
const percentStarts = (text: string): number[] => [...positionsOf(text, ["%", "٪"]), ...[...text.matchAll(PER_CENT)].map((m) => m.index)].sort((a, b) => a - b);

export const MONEY_RULES: readonly PatternRule[] = [
  // "EUR 4,000", "SEK 14,700,000 (approximately EUR 1,470,000)" is two amounts, each found here
  { type: "DESCRIPTION", name: "money", triggers: words(...codeWords), re: new RegExp(`\\b(?:${CODES})\\s?(?:${AMOUNT})${SCALE}?(?![\\p{N}])${BRACKET_CODE}`, "gu"), extendBack: new RegExp(`${HEDGE.slice(0, -1)}$`, "i"), script: "latin" },
  // "615 DEM", "100,000,000 TRL": the code after the amount
  { type: "DESCRIPTION", name: "money", triggers: words(...codeWords), re: new RegExp(`\\b(?:${CODES})\\b`, "gu"), extendBack: AMOUNT_BEFORE_CODE, requireBack: true, script: "latin" },
  // "250,000 Swedish kronor (SEK)", "five thousand dollars": found from the currency word
  { type: "DESCRIPTION", name: "money", triggers: words(...currencyWords), re: new RegExp(`\\b(?:${CURRENCY_WORDS})\\b${BRACKET_CODE}`, "giu"), extendBack: AMOUNT_BEFORE, requireBack: true, script: "latin" },
  // "$500", "€ 1.200", "£40k", "500$": tried only at a currency sign
  { type: "DESCRIPTION", name: "money", starts: signStarts, re: new RegExp(`[$€£]\\s?(?:${AMOUNT})${SCALE}?(?![\\p{N}])`, "gu") },
  { type: "DESCRIPTION", name: "money", starts: signStarts, re: /[$€£]/gu, extendBack: new RegExp(`(?<![\\p{N}.,])(?:${AMOUNT})\\s?$`, "u"), requireBack: true },
  // a share or a rate: "reduced by 33%", "a 50 to 79% disability rating", "40 per cent of the income"
  { type: "DESCRIPTION", name: "percentage", starts: percentStarts, re: /%|٪|per\s?cent\b/giu, extendBack: new RegExp(`(?<![\\p{N}.,])(?:${DIGIT}{1,3}(?:[.,]${DIGIT}{1,2})?\\s?%?\\s*(?:to|and|-|–)\\s*)?${DIGIT}{1,3}(?:[.,]${DIGIT}{1,2})?\\s?$`, "u"), requireBack: true },
  // "٥٠٠ دولار", "ألف ليرة": found from the currency word, the amount before it
  { type: "DESCRIPTION", name: "money-arabic", triggers: words(...AR_CURRENCY.map(foldWord)), re: new RegExp(`(?:${AR_CURRENCY.join("|")})(?:\\s+(?:أمريكي|امريكي|سوري|سورية|تركي|تركية|عراقي|أردني|اردني))?`, "gu"), extendBack: AR_AMOUNT_BEFORE, requireBack: true, script: "arabic" },
];
