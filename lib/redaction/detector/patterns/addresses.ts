// Street addresses: "12 Kennedy Avenue", "Kennedy Avenue no. 12, flat 3", "Rue de Ribaucourt
// 45", "Hauptstraße 5", "Atatürk Caddesi No: 12", "شارع النيل رقم ١٢". An address points
// at one door; the facility rules find a street's name, these add its number and the parts
// of the address around it.
import { DIGIT } from "./numbers";
import { words, type PatternRule } from "./rule";

const STREET = "Street|St\\.|Road|Rd\\.?|Avenue|Ave\\.?|Boulevard|Blvd\\.?|Lane|Way|Drive|Close|Crescent|Terrace|Place|Square|Row|Highway|Caddesi|Cad\\.|Sokak|Sokağı|Sok\\.|Mahallesi|Mah\\.";
const STREET_WORDS = words("street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "way", "drive", "close", "crescent", "terrace", "place", "square", "row", "highway", "caddesi", "cad", "sokak", "sokagi", "sok", "mahallesi", "mah");
const NAME_WORD = "(?:(?:al|el|Al|El)[-‑\\s])?\\p{Lu}[\\p{L}\\p{M}'’.-]*";
/** A house number: "12", "12A", "12/3", "no. 12". */
const NUMBER = `(?:(?:No\\.?|Nr\\.?|no\\.?|number|#)\\s?:?\\s?)?${DIGIT}{1,5}[A-Za-z]?(?:/${DIGIT}{1,4})?`;
/** "flat 3", "apartment 4B", "2nd floor", "building 7": the rest of the address. */
const UNIT = `(?:,?\\s+(?:flat|apartment|apt\\.?|floor|building|block|entrance|door|room|P\\.?O\\.?\\s?Box|daire|kat|d\\.)\\s?:?\\s?[${"0-9"}A-Za-z\\u0660-\\u0669]{1,4}|,?\\s+${DIGIT}{1,2}(?:st|nd|rd|th)\\s+floor)`;
const NUMBER_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DIGIT}{1,5}[A-Za-z]?(?:/${DIGIT}{1,4})?,?\\s+)?${NAME_WORD}(?:[\\s-]+${NAME_WORD}){0,3}\\s+$`, "u");

const STREET_SUFFIX = /(?:straße|strasse|str\.|gasse|weg|platz|allee|laan|straat|gracht|gatan|gade|vej|veien|vegen|caddesi|sokak|sokağı)(?![\p{L}])/gu;
const LETTER = /[\p{L}\p{M}]/u;

/** Where a compound street name starts: found from its suffix, back to the capital that opens the word. */
function compoundStreetStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(STREET_SUFFIX)) {
    let start = m.index;
    const floor = Math.max(0, m.index - 40);
    while (start > floor && LETTER.test(text[start - 1] ?? "")) start--;
    const first = text[start] ?? "";
    if (start < m.index && first !== first.toLowerCase() && starts[starts.length - 1] !== start) starts.push(start);
  }
  return starts;
}

export const ADDRESS_RULES: readonly PatternRule[] = [
  // "12 Kennedy Avenue, flat 3", "Kennedy Avenue no. 12": found from the street word, the name before it
  { type: "LOCATION", name: "street-address", script: "latin", triggers: STREET_WORDS, re: new RegExp(`\\b(?:${STREET})(?![\\p{L}])(?:,?\\s+${NUMBER}(?![\\p{L}\\p{N}]))?(?:${UNIT}){0,3}`, "gu"), extendBack: NUMBER_BEFORE, requireBack: true, acceptExtended: (text, start, end) => /\d/.test(text.slice(start, end)) },
  // "Rue de Ribaucourt 45", "Calle Mayor 3", "Via Roma 12": the street word first
  { type: "LOCATION", name: "street-address", script: "latin", triggers: words("rue", "avenue", "boulevard", "calle", "via", "piazza", "plaza", "place", "chaussee", "chaussée", "quai", "allee", "allée", "straat", "rua"), re: new RegExp(`\\b(?:Rue|Avenue|Boulevard|Calle|Via|Piazza|Plaza|Place|Chaussée|Chaussee|Quai|Allée|Rua)\\s+(?:(?:de|du|des|della|del|di|da|do|dos|das|la|le|les)\\s+|d['’])*${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}(?:,?\\s+${NUMBER}(?![\\p{L}\\p{N}]))?(?:${UNIT}){0,3}`, "gu") },
  // "Hauptstraße 5", "Kerkstraat 12", "Storgatan 3": the street word ends the name
  { type: "LOCATION", name: "street-address", script: "latin", starts: compoundStreetStarts, re: new RegExp(`\\p{Lu}\\p{Ll}+(?:straße|strasse|str\\.|gasse|weg|platz|allee|laan|straat|gracht|gatan|gade|vej|veien|vegen|caddesi|sokak|sokağı)(?:\\s+${NUMBER}(?![\\p{L}\\p{N}]))?(?:${UNIT}){0,3}`, "gu") },
  // "شارع النيل، رقم ١٢", "بناء ٣ الطابق الثاني"
  { type: "LOCATION", name: "street-address-arabic", script: "arabic", re: new RegExp(`(?:شارع|حارة|زقاق|طريق)\\s+[\\u0621-\\u064A]{2,}(?:\\s+[\\u0621-\\u064A]{2,})?[،,]?\\s*(?:رقم|بناء|بناية|مبنى)\\s*${DIGIT}{1,5}(?:\\s*(?:الطابق|طابق|شقة)\\s*[\\u0621-\\u064A${"0-9"}\\u0660-\\u0669]{1,8})?`, "gu") },
];
