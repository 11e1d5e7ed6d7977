// Names written with initials: "Mr P. Chapman", "Ms E. Belliard", "Mr K.H. Christoph",
// "Mr C.-H. Ehrenkrona", "Prof. Dr Z. Necatigil", "Mr F.L.", "A. Demetriades", "his son, J.P.".
// Reports, court files and field notes shorten given names (or whole names) to initials;
// what is left still names one person.
import { isKnownEnglishWord } from "../nlp-names";
import { foldWord } from "../normalize";
import { words, type PatternRule } from "./rule";

const TITLES = "Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Judge|Justice|Ambassador|Sir|Dame|Lord|Lady|Maître|Mme|Mlle|Herr|Frau|Sheikh|Shaykh|Imam|Captain|Colonel|General|Lieutenant|Sergeant|Major|Haji|Hajji|Mullah|Ustadh";
/** "P.", "K.H.", "C.-H.", "Z. M.": at most four letters, so a run of dotted capitals is read once. */
const INITIALS = "\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.){0,3}";
/** A surname has lower-case letters: an all-capital word is a heading ("I. THE FACTS"). */
const SURNAME = "\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:[-‑]\\p{Lu}[\\p{Ll}\\p{M}'’]+)?";
const LINK = "(?:\\s+(?:bin|ibn|ben|de|van|von|der|den|da|di|du|le|la|al|el|Al|El|Abu)[-‑\\s]|\\s)";
/** Where a capital initial ("P.", "K.") starts: the initials rules are tried only there, not at every "a" or "I". */
const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const AFTER_INITIAL = /^\s?[\p{Lu}-]/u;
/** Found from the dots, which are rarer than letters: a capital before the dot, no letter before the capital. */
function initialStarts(text: string): number[] {
  const starts: number[] = [];
  for (let dot = text.indexOf("."); dot >= 0; dot = text.indexOf(".", dot + 1)) {
    const start = dot - 1;
    if (start < 0 || !UPPER.test(text[start] ?? "") || LETTER.test(text[start - 1] ?? "")) continue;
    if (AFTER_INITIAL.test(text.slice(dot + 1, dot + 3))) starts.push(start);
  }
  return starts;
}

/** Dotted capitals that are not a person: countries, eras, times, identity documents. */
const NOT_INITIALS = new Set(["U.S.", "U.K.", "U.N.", "E.U.", "U.A.E.", "U.S.A.", "U.S.S.R.", "A.D.", "B.C.", "P.S.", "I.D.", "A.M.", "P.M.", "N.B.", "Q.C.", "R.I.P.", "T.V.", "D.C.", "O.K.", "E.C.", "G.P.", "M.P.", "P.O.", "S.A.", "A.G.", "B.V.", "N.V.", "Co.", "I.S.", "I.S.I.S.", "U.S.-", "E.g.", "I.E."]);

const TITLE_TRIGGERS = words(...TITLES.split("|").map((t) => foldWord(t)));

/** The surname, if any, is not an ordinary word: "A. Facts prior to…" is a heading. */
function surnameNotEnglish(text: string, start: number, end: number): boolean {
  const last = /[\p{L}\p{M}'’]+$/u.exec(text.slice(start, end))?.[0] ?? "";
  return last.length < 2 || !isKnownEnglishWord(foldWord(last));
}

function notAcronym(text: string, start: number, end: number): boolean {
  return !NOT_INITIALS.has(text.slice(start, end).replace(/\s/g, "").toUpperCase());
}

export const INITIAL_NAME_RULES: readonly PatternRule[] = [
  // a title, then initials, then the surname when there is one: "Mr P. Chapman", "Mr F.L."
  // (after a title an initial may be two letters: "Mr Cz. Sławski", "Ms Sz. Kovács")
  { type: "PERSON", name: "title-initial-name", triggers: TITLE_TRIGGERS, re: new RegExp(`\\b(?:${TITLES})\\.?\\s+(?:(?:${TITLES})\\.?\\s+)?(?:\\p{Lu}\\p{Ll}?\\.\\s?-?){1,4}(?:\\s?${SURNAME}(?:${LINK}${SURNAME}){0,2})?`, "gu"), script: "latin" },
  // initials and a surname without a title: "A. Demetriades", "J.-P. Aycaguer"
  { type: "PERSON", name: "initial-surname", starts: initialStarts, re: new RegExp(`\\b${INITIALS}\\s?${SURNAME}(?:${LINK}${SURNAME}){0,2}`, "gu"), accept: surnameNotEnglish, script: "latin" },
  // initials alone, two or more: "his son, J.P.,", "the witness M.K."
  { type: "PERSON", name: "initials", starts: initialStarts, re: /\b\p{Lu}\.(?:\s?-?\p{Lu}\.){1,3}(?!\s?\p{Lu}\p{Ll})/gu, accept: notAcronym, script: "latin" },
];
