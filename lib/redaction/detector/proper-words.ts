// Is a capitalised word a proper name (a person, a town, a company) or only capitalised?
// Institutions and landmarks count as identifying when their name holds a proper name
// ("Kayseri Administrative Court", "Wronki Prison", "Tabqa Dam"), not when every word is
// ordinary or national ("the Supreme Administrative Court", "the Central Prison", "the
// Turkish General Staff"): the first points to a town, the second to a whole country.
import { LEXICON, SAFE_KEYS } from "./gazetteers";
import { isKnownEnglishWord } from "./nlp-names";
import { foldWord } from "./normalize";

/** Ordinary words of legal and official English that the spelling dictionaries lack. */
const OFFICIAL_WORDS: ReadonlySet<string> = new Set([
  "cassation", "defence", "offence", "offences", "licence", "licences", "practise", "gendarmerie", "judgement", "programme",
  "centre", "centres", "theatre", "labour", "favour", "honour", "organisation", "organisations", "prosecutor", "prosecutors",
  "rapporteur", "ombudsman", "procurator", "registrar", "assizes", "tribunal", "tribunals", "caliphate", "emirate",
]);

/** One-word nationalities and demonyms: they name a country's people, not a place in it. */
const NATIONAL_WORDS: ReadonlySet<string> = new Set(
  [...LEXICON.phrases].filter(([key, entry]) => entry.kind === "NATIONALITY" && !key.includes(" ")).map(([key]) => key),
);

/** Folded key of a capitalised word that is not a name: English, official, national or safe. */
export function isOrdinaryKey(key: string): boolean {
  return isKnownEnglishWord(key) || OFFICIAL_WORDS.has(key) || NATIONAL_WORDS.has(key) || SAFE_KEYS.has(key);
}

const WORD = /[\p{L}\p{M}'’]+/gu;
const ARTICLES = new Set(["al", "el", "ul", "il", "ash", "as", "at", "ad", "an", "ar", "az", "es", "esh", "ed", "en", "er", "ez", "de", "du", "des", "la", "le", "van", "von", "der", "den"]);

/**
 * The vocabulary of a state's institutions: "the Supreme Military Administrative Court", "the
 * Fourth Section", "the Ministry of Foreign Affairs" are built from it and name an office of
 * a whole country. Any other capitalised word in a facility's name makes it one place: "Clock
 * Square", "the Old Stadium", "the National Hospital" of a town.
 */
const INSTITUTION_WORDS: ReadonlySet<string> = new Set((
  "the of and for in on at to a an by with within that this these those its their our his her " +
  "supreme constitutional federal administrative military regional district high higher criminal civil labour labor social " +
  "appeal appeals appellate state states european international general chief principal public private " +
  "prosecutor prosecutors prosecution court courts office offices council committee commission ministry minister department " +
  "directorate authority authorities government chamber chambers section sections division grand security martial law laws " +
  "justice assize assizes peace instance cassation commercial juvenile family penal police republic parliament assembly senate " +
  "cabinet presidency president prime deputy interior foreign affairs defence defense finance economy education health internal " +
  "external revenue inland tax taxes customs immigration executive legislative judicial supervisory disciplinary audit " +
  "auditors human rights agency service services bureau board tribunal inspectorate municipal county provincial " +
  "local first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth commonwealth benefits benefit " +
  "welfare registry registration land lands records archives statistics institute university school hospital prison camp"
).split(" "));

/**
 * True when text[start, end) holds a capitalised word that names something in particular: a
 * proper name, or an ordinary word outside the vocabulary of state institutions.
 */
export function hasNameWord(text: string, start: number, end: number): boolean {
  for (const m of text.slice(start, end).matchAll(WORD)) {
    const word = m[0];
    const initial = word.charAt(0);
    if (initial === initial.toLowerCase() || word.length < 2) continue;
    const key = foldWord(word);
    // "van" opens "van Gogh" but is a town's whole name in "lives in Van"
    const isArticle = ARTICLES.has(key) && (m.index ?? 0) + word.length < end - start;
    if (isArticle || INSTITUTION_WORDS.has(key) || OFFICIAL_WORDS.has(key) || NATIONAL_WORDS.has(key) || SAFE_KEYS.has(key)) continue;
    return true;
  }
  return false;
}

/** True when text[start, end) holds a capitalised word that is a proper name. */
export function hasProperWord(text: string, start: number, end: number): boolean {
  for (const m of text.slice(start, end).matchAll(WORD)) {
    const word = m[0];
    const initial = word.charAt(0);
    if (initial === initial.toLowerCase() || word.length < 2) continue;
    const key = foldWord(word);
    if (ARTICLES.has(key)) continue;
    if (!isOrdinaryKey(key)) return true;
  }
  return false;
}
