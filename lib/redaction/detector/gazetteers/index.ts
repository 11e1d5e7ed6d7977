// One lexicon compiled from every gazetteer, longest phrase first at lookup time.
import { compileLexicon, type Lexicon } from "../lexicon";
import { COMPROMISE_CITIES, COMPROMISE_DEMONYMS, COMPROMISE_NAMES } from "../nlp-names";
import { WORLD_DEMONYMS } from "./countries";
import { PLACES_ARABIC } from "./locations-arabic";
import { EUROPE_CAUCASUS_LATIN, IRAQ_LATIN, LIBYA_MAGHREB_LATIN, SYRIA_LATIN, TURKEY_LATIN } from "./locations-latin";
import { GIVEN_NAMES_ARABIC, GIVEN_NAMES_LATIN } from "./names";
import { NATIONALITIES_ARABIC, NATIONALITIES_LATIN } from "./nationalities";
import { ORGANIZATIONS_ARABIC, ORGANIZATIONS_LATIN } from "./organizations";
import { ROLES_ARABIC, ROLES_LATIN } from "./roles";
import { SAFE_ARABIC, SAFE_LATIN } from "./safe";

export const LEXICON: Lexicon = compileLexicon([
  { kind: "SAFE", name: "gazetteer:safe", words: [...SAFE_LATIN, ...SAFE_ARABIC], requireCapital: false },
  { kind: "ORGANIZATION", name: "gazetteer:organizations", words: [...ORGANIZATIONS_LATIN, ...ORGANIZATIONS_ARABIC], requireCapital: false },
  { kind: "LOCATION", name: "gazetteer:locations", words: [...SYRIA_LATIN, ...IRAQ_LATIN, ...TURKEY_LATIN, ...LIBYA_MAGHREB_LATIN, ...EUROPE_CAUCASUS_LATIN, ...PLACES_ARABIC] },
  { kind: "ROLE", name: "gazetteer:roles", words: [...ROLES_LATIN, ...ROLES_ARABIC], requireCapital: false },
  { kind: "NATIONALITY", name: "gazetteer:nationalities", words: [...NATIONALITIES_LATIN, ...NATIONALITIES_ARABIC, ...WORLD_DEMONYMS] },
  { kind: "FIRSTNAME", name: "gazetteer:given-names", words: [...GIVEN_NAMES_LATIN, ...GIVEN_NAMES_ARABIC] },
  { kind: "FIRSTNAME", name: "compromise:names", source: "nlp", words: COMPROMISE_NAMES },
  { kind: "LOCATION", name: "compromise:cities", source: "nlp", words: COMPROMISE_CITIES },
  { kind: "NATIONALITY", name: "compromise:demonyms", source: "nlp", words: COMPROMISE_DEMONYMS },
]);

/** Phrases that must never be reported on their own (public figures, the group's names). */
export const SAFE_KEYS: ReadonlySet<string> = new Set(
  [...LEXICON.phrases].filter(([, entry]) => entry.kind === "SAFE").map(([key]) => key),
);
