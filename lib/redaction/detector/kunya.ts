// Kunyas and noms de guerre: "Abu Hamza al-Shami", "Abou el-Chami", "Umm Yusuf",
// "أبو عبد الرحمن العراقي", "known as the Butcher". The nisba stays inside the span
// because it leaks origin as much as the name does.
import { ARTICLE_PREFIX } from "./patterns/fragments";
import { words, type PatternRule } from "./patterns/rule";
import { hasProperWord } from "./proper-words";

const ARTICLE = "(?:al|el|ul|il|ash|as|at|ad|an|ar|az|ath|adh|es|esh|ed|en|er|ez|et|us|ud|un|ut)";
const CAP = "\\p{Lu}[\\p{L}\\p{M}'’ʿ]*";
const NAME = `${ARTICLE_PREFIX}?${CAP}`;
const NISBA = `(?:[\\s-]+${ARTICLE_PREFIX}\\p{L}[\\p{L}\\p{M}'’ʿ]+)`;
const KUNYA_LATIN = "Abu|Abou|Abū|Abó|Abo|Aboo|Abi|Aba|Ebu|Ummu?|Umm|Um|Oum|Omm|Om";
const NOT_A_NAME = "(?!(?:I|Yes|No|The|So|And|We|He|She|They|It|My|Well|Okay|OK|Ok|Er|Uh|Hmm|But|Then|That|This|What|Maybe)\\b)";

const AR_LETTERS = "[\\u0621-\\u064A\\u066E-\\u06D3\\u064B-\\u065F\\u0670\\u0640]";
const AR_WORD = `${AR_LETTERS}{2,}`;
const AR_STOP = "(?!(?:لا|هل|أن|ان|إن|ماذا|من|في|على|عن|إلى|الى|كان|كانت|كنت|قال|قالت|لم|لن|ما|هو|هي|هذا|هذه|ذلك|تلك|الذي|التي|كل|بعد|قبل|مع|ثم|و|أو|او|يا|أنا|انا|نحن|هم|عند|غير|لكن|حتى|قد|لقد|إنه|انه|أي|اي)(?![\\u0621-\\u064A]))";
const AR_NISBA = `(?:\\s+(?:ال|إل)${AR_LETTERS}{2,}(?:ي|ية|يه))`;

/** "La Tigresa", "Le Boucher", "Il Dottore", "Der Schlächter": a nickname with a foreign article ("El" is left to the Arabic article rules). */
const FOREIGN_NICKNAME = /\b(?:La|Le|Il|Lo|Los|Las|Der|Die|Das)\s+\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?!\s+\p{Lu})/gu;

export const KUNYA_RULES: readonly PatternRule[] = [
  { type: "ALIAS", name: "foreign-nickname", triggers: words("la", "le", "il", "lo", "los", "las", "der", "die", "das"), re: FOREIGN_NICKNAME, accept: (text, start, end) => hasProperWord(text, text.indexOf(" ", start), end), script: "latin" },
  { type: "ALIAS", name: "kunya", triggers: words("abu", "abou", "abo", "aboo", "abi", "aba", "ebu", "umm", "ummu", "um", "oum", "omm", "om"), re: new RegExp(`\\b(?:${KUNYA_LATIN})[\\s-]+${NOT_A_NAME}${NAME}(?:[\\s-]+(?:${ARTICLE}[-‑])?${CAP}(?=[\\s-]+${ARTICLE}[-‑]))?${NISBA}{0,2}`, "gu"), script: "latin" },
  { type: "ALIAS", name: "kunya", triggers: words("abul", "abil", "abal", "abdul"), re: new RegExp(`\\b(?:Abul|Abil|Abal|Abdul)[-‑\\s]?${CAP}${NISBA}{0,2}`, "gu"), script: "latin" },
  // Arabic: أبو/أم + name (+ عبد compound) + up to two nisbas; أبي/أبا only when a nisba or known pattern follows
  { type: "ALIAS", name: "kunya-arabic", re: new RegExp(`(?<!${AR_LETTERS})[وف]?(?:أبو|ابو|أبُو|بو|أم|ام|أمّ|أُم)\\s+${AR_STOP}(?:عبد\\s*ال?${AR_WORD}|${AR_WORD})${AR_NISBA}{0,2}`, "gu"), script: "arabic" },
  { type: "ALIAS", name: "kunya-arabic", re: new RegExp(`(?<!${AR_LETTERS})(?:أبي|ابي|أبا|ابا)\\s+${AR_STOP}(?:عبد\\s*ال?${AR_WORD}|${AR_WORD})${AR_NISBA}{1,2}`, "gu"), script: "arabic" },
  // noms de guerre introduced by a naming phrase
  { type: "ALIAS", name: "nom-de-guerre", triggers: words("known", "nicknamed", "nick", "nickname", "nom", "kunya", "alias", "went", "called", "they", "we", "everyone"), re: /\b(?:known as|nicknamed|nick-named|nickname was|nickname is|nom de guerre(?: was| is)?|kunya(?: was| is)?|alias|went by|called himself|called herself|they called (?:him|her|me)|we called (?:him|her)|everyone called (?:him|her|me))\s+((?:["“'‘]?)(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*|["“'‘][^"”'’\n]{2,30}["”'’])(?:\s+(?:al-|el-)?\p{Lu}[\p{L}'’-]*){0,3})/gu, group: 1, script: "latin" },
  { type: "ALIAS", name: "nom-de-guerre-arabic", re: new RegExp(`(?:الملقب|الملقّب|الملقبة|يلقب|يلقّب|لقبه|لقبها|لقبي|كنيته|كنيتها|كنيتي|المكنى|يكنى|يُكنى|الكنية)\\s+(?:ب|بـ)?\\s*(["«]?${AR_WORD}(?:\\s+${AR_STOP}${AR_WORD}){0,2}["»]?)`, "gu"), group: 1, script: "arabic" },
];
