// A dictionary entry compiled into the surfaces a text can mention it by: a literal
// (address, handle, URL), a number (phone, document) or word phrases keyed by spelling-proof
// name keys. Two modes: "redaction" looks for one source in its own transcript, where any
// part of a name is that person; "guard" looks for every source in content written for
// the world, where a part counts only if it identifies (a family name, a distinctive
// given name) and a name written as one word ("Kafrnasir") counts too.
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { GIVEN_NAMES_ARABIC, GIVEN_NAMES_LATIN } from "./gazetteers/names";
import { canonicalWord, guardKeys, nameKeys } from "./name-key";
import { asciiDigits, foldWord } from "./normalize";
import { dictionaryTokens } from "./dictionary-text";
import type { DictionaryEntry, IdentifierType } from "./types";

export type MatchMode = "redaction" | "guard";

/** The leak guard's test of "this word, as written, is an ordinary word, not only a name". */
export type OrdinaryWord = (spelling: string) => boolean;
const NOTHING_IS_ORDINARY: OrdinaryWord = () => false;

/** Key alternatives per word of a phrase; a mention matches one key of each word, in order. */
export type Phrase = string[][];

export type Surface =
  | { type: IdentifierType; kind: "literal"; needle: string }
  | { type: IdentifierType; kind: "number"; digits: string; national: string }
  | { type: IdentifierType; kind: "code"; code: string }
  | { type: IdentifierType; kind: "phrases"; phrases: Phrase[] };

export function entryType(entry: DictionaryEntry): IdentifierType {
  if (entry.type) return entry.type;
  const text = entry.text.trim();
  if (/@|https?:|www\.|\.com\b/.test(text) || digitsOf(text).length >= 7) return "CONTACT";
  if (/\d/.test(asciiDigits(text))) return "ID";
  if (/^(?:abu|abou|abū|abo|abul|umm|um|oum|om|أبو|ابو|أم|ام)[\s-]/i.test(text)) return "ALIAS";
  return "PERSON";
}

/** A document number of letters and digits ("16LC36159", "AB-1234-5"): matched on its characters, not its digits alone. */
function isCode(text: string): boolean {
  const bare = asciiDigits(text).replace(/[-./]/g, "");
  return /^[A-Za-z0-9]{5,}$/.test(bare) && /[A-Za-z]/.test(bare) && /\d.*\d/.test(bare);
}

export function codeOf(text: string): string {
  return asciiDigits(text).replace(/[^A-Za-z0-9]/g, "").toUpperCase();
}

export function digitsOf(text: string): string {
  return asciiDigits(text).replace(/\D/g, "");
}

/**
 * The national significant number: "+90 532 418 77 09", "0090 532…" and "0532 418 77 09"
 * all become 5324187709, so a number matches however the country and trunk prefix are written.
 */
export function nationalNumber(text: string): string {
  const digits = digitsOf(text);
  const international = /^\s*(?:\+|00)/.test(asciiDigits(text));
  if (international) {
    const parsed = parsePhoneNumberFromString("+" + digits.replace(/^00/, ""));
    if (parsed?.nationalNumber) return String(parsed.nationalNumber);
  }
  return digits.replace(/^0+/, "");
}

// Function words never stand for a person on their own ("emir of the checkpoint" must
// not make every "the" a hit).
const NOT_A_NAME_PART = new Set(["THE", "AND", "FOR", "FROM", "WITH", "OF", "IN", "ON", "AT", "TO", "DES", "DEL", "DER", "VON", "VAN"]);
const ARABIC_FUNCTION_WORD = /^(?:في|من|على|عن|الى|إلى|مع|و)$/;

/** Only names are also mentioned by one of their parts; places, roles and units by the whole phrase. */
const SPLITS_INTO_PARTS = (type: IdentifierType | undefined) => type === undefined || type === "PERSON" || type === "ALIAS";

// A given name shared by thousands ("Mohammed", "Ali", "Karim") identifies nobody alone.
let commonGivenKeys: Set<string> | undefined;
function isCommonGivenName(word: string): boolean {
  commonGivenKeys ??= new Set([...GIVEN_NAMES_LATIN, ...GIVEN_NAMES_ARABIC].map((name) => "=" + foldWord(name)));
  return commonGivenKeys.has("=" + word);
}

function isNamePart(word: string): boolean {
  return !/^[A-Z]+$/.test(word) && !word.startsWith("#") && word.length >= 3 && !NOT_A_NAME_PART.has(word) && !ARABIC_FUNCTION_WORD.test(word);
}

function entryPhrases(text: string, type: IdentifierType | undefined, mode: MatchMode, isOrdinary: OrdinaryWord): Phrase[] {
  // "Abd" is left out: "Abd al-Rahman", "Abdulrahman" and "Abdel Rahman" then share "Rahman"
  const tokens = dictionaryTokens(text).flatMap((t) => canonicalWord(t.key).map((word) => ({ word, spelled: text.slice(t.start, t.end) })));
  // in content for the world "bin" is no part of a name to require ("Rashid bin Tawfiq" is "Rashid Tawfiq")
  const kept = tokens.filter((t) => t.word !== "ABD" && !(mode === "guard" && t.word === "BIN"));
  const words = kept.map((t) => t.word);
  const keysOf = (word: string) => (mode === "guard" ? guardKeys(word) : nameKeys(word, true));
  const keyed = words.map(keysOf);
  const phrases: Phrase[] = [keyed];
  const isKunya = words[0] === "ABU" || words[0] === "UMM";
  if (isKunya && keyed.length > 2) phrases.push(keyed.slice(0, 2), keyed.slice(1));
  if (!isKunya && keyed.length > 1 && SPLITS_INTO_PARTS(type)) {
    // each real part of a full name is a mention too ("Haddad" of "Karim Haddad"); in
    // content for the world only the parts that identify: the family name and distinctive
    // given names, and neither when it is also an ordinary word (كامل "complete", "Miller")
    words.forEach((word, i) => {
      const keys = keyed[i];
      if (!keys || !isNamePart(word)) return;
      const last = i === words.length - 1;
      if (mode === "guard" && ((!last && isCommonGivenName(word)) || isOrdinary(kept[i]!.spelled))) return;
      phrases.push([keys]);
    });
  }
  if (mode === "guard" && words.length > 1) {
    // "Kafrnasir", "Rashidtawfiq", "Abuyoussef": all the words without their spaces
    const glue = (some: string[]) => some.filter((w) => !w.startsWith("#")).map((w) => (/^[A-Z]+$/.test(w) ? w.toLowerCase() : w)).join("");
    const glued = glue(words);
    if (glued.length >= 6) phrases.push([keysOf(glued)]);
    // the kunya alone glued: "ابوحمزة", "#AbuHamza"
    if (isKunya && words.length > 2 && glue(words.slice(0, 2)).length >= 6) phrases.push([keysOf(glue(words.slice(0, 2)))]);
    // a speaker drops the middle name ("محمد توفيق" for محمد رشيد توفيق); in Arabic both
    // halves are often ordinary words, so only the pair says who. (A list's "توفيق، رشيد" is
    // read in name order by the leak guard: see alternative-readings.ts.)
    if (!isKunya && type === "PERSON" && keyed.length > 2) phrases.push([keyed[0]!, keyed.at(-1)!]);
  }
  return phrases;
}

function compileSurface(type: IdentifierType, trimmed: string, mode: MatchMode, isOrdinary: OrdinaryWord): Surface {
  const digits = digitsOf(trimmed);
  if (/[@/]|\.\w/.test(trimmed) && !/\s/.test(trimmed) && !isCode(trimmed)) return { type, kind: "literal", needle: trimmed.replace(/^@/, "").toLowerCase() };
  if (isCode(trimmed)) return { type, kind: "code", code: codeOf(trimmed) };
  if (digits.length >= 6 && digits.length * 2 >= trimmed.replace(/\s/g, "").length) return { type, kind: "number", digits, national: nationalNumber(trimmed) };
  return { type, kind: "phrases", phrases: entryPhrases(trimmed, type, mode, isOrdinary) };
}

/**
 * The name inside an address, as a partner may read it without the rest: "shadowlion" of
 * @shadowlion, "rt1987" and "rt1987@gmail" of rt1987@gmail.com, "rt.1987" of
 * facebook.com/rt.1987. Only a name that is no everyday word and long enough to single
 * someone out ("info", "admin" and "home" stay).
 */
function bareNames(type: IdentifierType, needle: string, isOrdinary: OrdinaryWord): Surface[] {
  const names: string[] = [];
  const email = /^([^@\s]+)@([^@\s]+)\.[a-z]{2,}$/i.exec(needle);
  if (email) names.push(email[1]!, `${email[1]}@${email[2]}`);
  else if (needle.includes("/")) names.push(needle.replace(/\/+$/, "").split("/").at(-1) ?? "");
  else names.push(needle);
  const surfaces: Surface[] = [];
  for (const name of names) {
    const letters = name.replace(/[^\p{L}]/gu, "");
    if ((name === needle && /[.@/:]/.test(name)) || name.length < 5 || (letters === name && isOrdinary(name))) continue;
    if (/[.@]/.test(name)) surfaces.push({ type, kind: "literal", needle: name.toLowerCase() });
    else if (isCode(name)) surfaces.push({ type, kind: "code", code: codeOf(name) });
    else if (/^[\p{L}]+$/u.test(name)) surfaces.push({ type, kind: "phrases", phrases: [[guardKeys(foldWord(name)).slice(0, 1)]] });
  }
  return surfaces;
}

/** Every surface of every entry (its text and each variant). */
export function compileSurfaces(entries: readonly DictionaryEntry[], mode: MatchMode, isOrdinary: OrdinaryWord = NOTHING_IS_ORDINARY): Surface[] {
  const surfaces: Surface[] = [];
  for (const entry of entries) {
    const type = entryType(entry);
    for (const surface of [entry.text, ...(entry.variants ?? [])]) {
      const trimmed = surface.trim();
      if (trimmed === "") continue;
      const compiled = compileSurface(type, trimmed, mode, isOrdinary);
      surfaces.push(compiled);
      if (mode === "guard" && compiled.kind === "literal") surfaces.push(...bareNames(type, compiled.needle, isOrdinary));
    }
  }
  return surfaces;
}
