// Countries are safe on their own ("I went to Syria"), but not as the last part of an
// address: "lives in Wesel, Germany", "Laupheim (Germany)" name one town, and a country
// before "national" or "citizen" says a person's nationality ("a United Kingdom national").
import { WORLD_COUNTRIES } from "../gazetteers/countries";
import { COUNTRIES } from "../gazetteers/safe";
import { foldWord } from "../normalize";
import { hasProperWord } from "../proper-words";
import { words, type PatternRule } from "./rule";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ALL = [...new Set([...COUNTRIES, ...WORLD_COUNTRIES])];
const COUNTRY = ALL.sort((a, b) => b.length - a.length).map(escape).join("|");
const COUNTRY_WORDS = words(...ALL.map((c) => foldWord(c.replace(/^the\s+/i, "").split(/\s+/)[0] ?? c)));
/** The town before the country: one to three capitalised words, then ", " or " (". */
const TOWN_BEFORE = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’‑-]+(?:[\s‑-]+\p{Lu}[\p{L}\p{M}'’‑-]+){0,2}(?:,\s?|\s\()$/u;

export const COUNTRY_RULES: readonly PatternRule[] = [
  {
    type: "LOCATION", name: "town-country", triggers: COUNTRY_WORDS, re: new RegExp(`\\b(?:${COUNTRY.replace(/the\\s\+/gi, "")})\\b\\)?`, "gu"), extendBack: TOWN_BEFORE, requireBack: true,
    // the part before the comma must be a place's name, not another country or an ordinary word
    acceptExtended: (text, start, end) => hasProperWord(text, start, text.slice(start, end).search(/,|\(/) + start),
    script: "latin",
  },
  // "a London-based company", "Raqqa-born": a place made an adjective still says where
  { type: "LOCATION", name: "place-adjective", triggers: words("based", "born", "bred", "raised", "registered"), re: /(?<=-)(?:based|born|bred|raised|registered)\b/gu, extendBack: /(?<![\p{L}\p{M}-])\p{Lu}\p{Ll}[\p{L}\p{M}'’]*-$/u, requireBack: true, acceptExtended: (text, start) => hasProperWord(text, start, text.indexOf("-", start)), script: "latin" },
  { type: "NATIONALITY", name: "country-national", triggers: words("national", "nationals", "citizen", "citizens"), re: /\b(?:nationals?|citizens?)\b/gu, extendBack: new RegExp(`\\b(?:${COUNTRY})\\s+$`, "u"), requireBack: true, script: "latin" },
];
