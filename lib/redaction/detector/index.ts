/**
 * Identifier detector: text in, spans out; no UI, database or framework. Every span names
 * the rule or lexicon that found it (Span.rule), for the reviewer.
 *
 * Pipeline (recall first: a missed identifier can get a defector killed, an extra span
 * costs an editor one click). Every step is linear in the text: rules run only where their
 * trigger word, sign or suffix is, regexes are bounded, the tagger sees short windows.
 *  1. patterns   regexes for contacts, document and case numbers, money, dates, durations,
 *                ages, kunyas and nicknames, names with titles or initials, jobs, health,
 *                units, institutions and companies, addresses, workplaces, facility-named
 *                places and distinctive marks (Latin and Arabic script, Arabic-Indic digits);
 *  2. gazetteers one token-level lexicon (towns, camps, roles, nationalities, given names,
 *                plus compromise's name/city lexicon), folded for case, diacritics and
 *                Arabic letter variants; safe words (countries, the group's names) recorded;
 *  3. dictionary the source's known names, matched under any spelling (see dictionary.ts);
 *     a gloss in brackets joins the name it translates (glosses.ts);
 *  4. nlp        capitalised words nothing explained and that are not ordinary English
 *                (lexicons/english-words.ts), typed by context or by compromise's tagger;
 *  5. names found anywhere are propagated to their other mentions (and abbreviations
 *     defined for them), spans that are only a public figure or safe word are dropped,
 *     and overlaps are merged (merge.ts).
 */
import { capitalisedSpans, propagateNames } from "./capitalised";
import { matchDictionary } from "./dictionary";
import { gazetteerSpans } from "./gazetteer-spans";
import { abbreviationMentions, withGlosses } from "./glosses";
import { SAFE_KEYS } from "./gazetteers";
import { KUNYA_RULES } from "./kunya";
import { phraseKey } from "./lexicon";
import { mergeSpans, trimSpan } from "./merge";
import { ADDRESS_RULES } from "./patterns/addresses";
import { AGE_RULES } from "./patterns/ages";
import { CASE_NUMBER_RULES } from "./patterns/case-numbers";
import { COUNTRY_RULES } from "./patterns/countries";
import { DURATION_RULES } from "./patterns/durations";
import { HEALTH_RULES } from "./patterns/health";
import { INITIAL_NAME_RULES } from "./patterns/initials";
import { INSTITUTION_RULES } from "./patterns/institutions";
import { MONEY_RULES } from "./patterns/money";
import { CONTACT_RULES } from "./patterns/contacts";
import { DATE_RULES } from "./patterns/dates";
import { findDescriptions } from "./patterns/descriptions";
import { ID_RULES } from "./patterns/ids";
import { LOCATION_RULES } from "./patterns/locations";
import { ORGANIZATION_RULES } from "./patterns/organizations";
import { PERSON_RULES } from "./patterns/persons";
import { PROFESSION_RULES } from "./patterns/professions";
import { RESIDENCE_RULES } from "./patterns/residence";
import { WORKPLACE_RULES } from "./patterns/workplaces";
import { runRules } from "./patterns/rule";
import { ROLE_PHRASE } from "./gazetteers/roles";
import { tokenize } from "./tokenize";
import type { DetectOptions, Span } from "./types";

export { DIRECT_TYPES, IDENTIFIER_TYPES } from "./types";
export type { DetectOptions, DictionaryEntry, IdentifierType, Span, SpanSource } from "./types";
export { dictionaryVariants, matchDictionary } from "./dictionary";

const RULES = [...CONTACT_RULES, ...ID_RULES, ...CASE_NUMBER_RULES, ...MONEY_RULES, ...DATE_RULES, ...DURATION_RULES, ...AGE_RULES, ...KUNYA_RULES, ...PERSON_RULES, ...INITIAL_NAME_RULES, ...ORGANIZATION_RULES, ...INSTITUTION_RULES, ...LOCATION_RULES, ...COUNTRY_RULES, ...RESIDENCE_RULES, ...PROFESSION_RULES, ...HEALTH_RULES, ...ADDRESS_RULES, ...WORKPLACE_RULES, { type: "ROLE" as const, name: "role-phrase", re: ROLE_PHRASE, triggers: new Set(["head", "chief", "charge", "director", "boss", "leader"]) }];

/** Only name-like spans can be a mere safe word; numbers, dates and contacts never are. */
const NAME_LIKE: ReadonlySet<Span["type"]> = new Set(["PERSON", "ALIAS", "LOCATION", "NATIONALITY", "ORGANIZATION", "ROLE"]);

export function detectIdentifiers(text: string, options: DetectOptions = {}): Span[] {
  const tokens = tokenize(text).filter((t) => !t.isArticle);
  const patternSpans = [...runRules(text, RULES, tokens), ...findDescriptions(text)];
  const { spans: gazetteer, safe } = gazetteerSpans(text, tokens);
  const dictionary = matchDictionary(text, options.dictionary ?? [], tokens);
  const strong = withGlosses(text, [...patternSpans, ...gazetteer, ...dictionary]);
  const guessed = capitalisedSpans(text, tokens, strong, safe);
  const all = [...strong, ...guessed];
  const propagated = [...propagateNames(text, tokens, all), ...abbreviationMentions(text, strong)];
  const kept = [...all, ...propagated]
    .map((span) => trimSpan(text, span))
    .filter((span): span is Span => span !== undefined)
    .filter((span) => !NAME_LIKE.has(span.type) || span.source === "dictionary" || !SAFE_KEYS.has(phraseKey(span.text)));
  return mergeSpans(text, kept);
}
