// Institutions and companies named after a place or a person: "Kayseri Administrative Court",
// "Çiğli Directorate of Land Registration", "İzmir Public Prosecutor", "Strix Television AB",
// "Haddad Brothers Ltd". They say where someone was tried, held, treated or employed. An
// institution whose words are all ordinary or national ("the Supreme Administrative Court",
// "the Turkish General Staff") names a whole country's and is left alone (see proper-words.ts).
import { hasNameWord, hasProperWord } from "../proper-words";
import { ARTICLE_PREFIX } from "./fragments";
import { words, type PatternRule } from "./rule";

// (prisons, hospitals, universities and other buildings are places: see locations.ts)
const HEADS = "Courts?|Tribunal|Prosecutor(?:['’]s\\s+Office)?|Prosecutors|Directorate|Department|Authority|Police|Gendarmerie|Municipality|Governorship|Governorate|Prefecture|Bar|Commission|Committee|Board|Agency|Service|Bureau|Registry|College|Academy|Garrison|Bank|Mill|Workshop|Foundation|Association|Society|Union|Federation|Party|Madrasa|Seminary";
const HEAD_WORDS = words(..."court courts tribunal prosecutor prosecutors directorate department authority police gendarmerie municipality governorship governorate prefecture bar commission committee board agency service bureau registry college academy garrison bank mill workshop foundation association society union federation party madrasa seminary".split(" "));
/** A capitalised word, but not one that only opens the sentence or the phrase ("The", "In"). */
const NAME_WORD = `(?!(?:The|A|An|This|That|These|Those|In|On|At|By|For|From|To|Of|And|Or|But|When|After|Before|Since|Until|Our|My|His|Her|Their|Its|Your)\\s)${ARTICLE_PREFIX}?\\p{Lu}[\\p{L}\\p{M}'’]*`;
/** Up to four name words before the head, joined by spaces or hyphens: "Wrocław-Śródmieście District". */
const NAME_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])${NAME_WORD}(?:[\\s-]+(?:(?:and|&)\\s+)?${NAME_WORD}){0,4}\\s+$`, "u");
/** "… Court of General Jurisdiction", "… Directorate of Land Registration": the head's own complement. */
const OF_PHRASE = `(?:\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]*){0,3})?`;

/** Company forms: "AB", "AG", "Ltd", "GmbH", "A.Ş.", "S.A.". */
const COMPANY_FORMS = "AB|AG|ASA|AS|A\\.Ş\\.|BV|B\\.V\\.|Co\\.|Corp\\.?|Corporation|GmbH|Inc\\.?|KG|LLC|LLP|Ltd\\.?|Limited|NV|N\\.V\\.|Oy|plc|PLC|S\\.A\\.|SA|SARL|SAS|SpA|S\\.p\\.A\\.|Solicitors|Associates|Holding|Holdings|Trading|Group";
// ("AS" and the dotted forms "A.Ş.", "S.A." would be triggered by "as" and "a": they are found from their dots instead)
const COMPANY_WORDS = words("ab", "ag", "asa", "bv", "co", "corp", "corporation", "gmbh", "inc", "kg", "llc", "llp", "ltd", "limited", "nv", "oy", "plc", "sa", "sarl", "sas", "spa", "solicitors", "associates", "holding", "holdings", "trading", "group");
const DOTTED_FORMS = ["A.Ş.", "S.A.", "N.V.", "B.V.", "S.p.A.", "Co."];
const dottedFormStarts = (text: string): number[] => DOTTED_FORMS.flatMap((f) => { const out: number[] = []; for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) out.push(i); return out; }).sort((a, b) => a - b);
const COMPANY_NAME_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:\\p{Lu}[\\p{L}\\p{M}\\p{N}'’&.-]*|\\p{N}+)(?:\\s+(?:&\\s+)?(?:\\p{Lu}[\\p{L}\\p{M}\\p{N}'’&.-]*|\\p{N}+)){0,4}\\s+$`, "u");

/** The words before the head hold a proper name; the head itself is ordinary. */
function properName(text: string, start: number, end: number): boolean {
  return hasNameWord(text, start, end);
}

/** "a member of the Dev-Yol", "membership of an illegal organisation, the PRK-Rızgari": the group someone belonged to. */
const MEMBERSHIP = /\b(?:members?|membership|joined|join|joining|belonged|belonging|affiliated|affiliation|supporters?|sympathi[sz]ers?)\s+(?:of|to|with|in)?\s*(?:(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:organi[sz]ation|group|party|movement|association|union|network|cell|faction|militia|brigade),\s+)?(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,4}(?:\s\([^()\n]{1,60}\))?)/gu;

/** "the District Court in Wodzisław", "the Security Directorate in Ankara": the town after the head names it. */
const IN_PLACE = "\\s+(?:in|at)\\s+(?:(?:al|el)[-‑\\s])?\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+)?";
/** An office held over a place names its holder: "the Mayor of Kuşadası", "the Wali of Raqqa", "the emir of Manbij". */
const OFFICE_OF_PLACE = /\b(?:Mayor|mayor|Governor|governor|Prefect|prefect|Muhtar|muhtar|Mukhtar|mukhtar|Headman|headman|Wali|wali|Emir|emir|Amir|amir|Mufti|mufti|Imam|imam|Qadi|qadi|Sheriff|sheriff|Chief\s+of\s+Police|Police\s+Chief)\s+of\s+(?:the\s+)?(?:(?:al|el)[-‑\s])?\p{Lu}[\p{L}\p{M}'’-]+(?:[\s-]+\p{Lu}[\p{L}\p{M}'’-]+)?/gu;

export const INSTITUTION_RULES: readonly PatternRule[] = [
  { type: "ROLE", name: "office-of-place", triggers: words("mayor", "governor", "prefect", "muhtar", "mukhtar", "headman", "wali", "emir", "amir", "mufti", "imam", "qadi", "sheriff", "chief", "police"), re: OFFICE_OF_PLACE, accept: (text, start, end) => hasProperWord(text, text.indexOf(" of ", start) + 4, end), script: "latin" },
  { type: "ORGANIZATION", name: "place-named-institution", triggers: HEAD_WORDS, re: new RegExp(`\\b(?:${HEADS})${IN_PLACE}`, "gu"), extendBack: NAME_BEFORE, acceptExtended: properName, script: "latin" },
  { type: "ORGANIZATION", name: "membership", triggers: words("member", "members", "membership", "joined", "join", "joining", "belonged", "belonging", "affiliated", "affiliation", "supporter", "supporters", "sympathiser", "sympathisers", "sympathizer", "sympathizers"), re: MEMBERSHIP, group: 1, accept: properName, script: "latin" },
  { type: "ORGANIZATION", name: "place-named-institution", triggers: HEAD_WORDS, re: new RegExp(`\\b(?:${HEADS})\\b${OF_PHRASE}`, "gu"), extendBack: NAME_BEFORE, requireBack: true, acceptExtended: properName, script: "latin" },
  { type: "ORGANIZATION", name: "company", triggers: COMPANY_WORDS, re: new RegExp(`(?<![\\p{L}])(?:${COMPANY_FORMS})(?![\\p{L}])`, "gu"), extendBack: COMPANY_NAME_BEFORE, requireBack: true, acceptExtended: properName, script: "latin" },
  { type: "ORGANIZATION", name: "company", starts: dottedFormStarts, re: /A\.Ş\.|S\.A\.|N\.V\.|B\.V\.|S\.p\.A\.|Co\./gu, extendBack: COMPANY_NAME_BEFORE, requireBack: true, acceptExtended: properName, script: "latin" },
];
