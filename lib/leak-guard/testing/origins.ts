// Where synthetic sources come from, and what that implies for their names, aliases,
// villages, phones and papers. Weights follow the make-up of defectors in the published
// interviews: mostly Syrians and Iraqis, then Maghrebis, Kurds, Turks and Europeans.
import type { Random } from "./prng";
import type { DocumentKind } from "./identity-documents";
import type { PhoneCountryCode } from "./phone-countries";
import type { NisbaRegion } from "./names/kunyas";
import type { NamePool } from "./names/written-name";
import { GULF_FAMILIES, IRAQI_FAMILIES, LEVANTINE_FAMILIES, MAGHREBI_FAMILIES } from "./names/arabic-family-names";
import { MAGHREB_FEMALE, MAGHREB_MALE, MASHRIQ_FEMALE, MASHRIQ_MALE } from "./names/arabic-given-names";
import * as european from "./names/european-names";
import { KURDISH_FAMILIES, KURDISH_FEMALE, KURDISH_MALE } from "./names/kurdish-names";
import { TURKISH_FAMILIES, TURKISH_FEMALE, TURKISH_MALE } from "./names/turkish-names";
import * as places from "./names/places";
import type { WrittenName } from "./names/written-name";

export type Place = { latin: string[]; arabic?: string };

export type Origin = {
  id: string;
  weight: number;
  femaleShare: number;
  names: NamePool;
  /** Whether editors add the Arabic-script form of the name for this group. */
  arabicScriptLikely: number;
  nisbas: readonly NisbaRegion[];
  /** Repeated codes weight the pick: most Syrian defectors now carry Turkish numbers. */
  phones: readonly PhoneCountryCode[];
  documents: readonly DocumentKind[];
  nickname: "kunya" | "turkish" | "kurdish";
  place: (random: Random) => Place;
};

function composedPlace(heads: readonly WrittenName[], elements: readonly WrittenName[]) {
  return (random: Random): Place => {
    const head = random.pick(heads);
    const element = random.pick(elements);
    const latin = head.latin.flatMap((h) => element.latin.map((e) => `${h} ${e}`));
    return { latin, arabic: head.arabic && element.arabic ? `${head.arabic} ${element.arabic}` : undefined };
  };
}

function turkishPlace(random: Random): Place {
  const word = random.pick(places.TURKISH_ADJECTIVES) + random.pick(places.TURKISH_NOUNS);
  const suffix = random.pick(places.TURKISH_SUFFIXES);
  return { latin: [...new Set([`${word}${suffix}`, word, `${word} köyü`])] };
}

function europeanPlace(list: readonly string[]) {
  return (random: Random): Place => ({ latin: [random.pick(list)] });
}

/** A European country's converts and its families of Maghrebi or South Asian descent, as two origins. */
function europeanOrigins(
  country: string, weights: [number, number], pools: [NamePool, NamePool], nisbas: readonly NisbaRegion[],
  phones: readonly PhoneCountryCode[], documents: readonly DocumentKind[], districts: readonly string[],
): Origin[] {
  const shared = { femaleShare: 0.3, nisbas, phones, documents, nickname: "kunya" as const, place: europeanPlace(districts) };
  return [
    { ...shared, id: `${country}-convert`, weight: weights[0], names: pools[0], arabicScriptLikely: 0.05 },
    { ...shared, id: `${country}-heritage`, weight: weights[1], names: pools[1], arabicScriptLikely: 0.25 },
  ];
}

export const ORIGINS: readonly Origin[] = [
  {
    id: "syria", weight: 30, femaleShare: 0.2, names: { male: MASHRIQ_MALE, female: MASHRIQ_FEMALE, families: LEVANTINE_FAMILIES },
    arabicScriptLikely: 0.7, nisbas: ["levant", "levant", "generic"], phones: ["TR", "TR", "TR", "TR", "SY", "SY", "DE"],
    documents: ["syrian-national-number", "syrian-passport"], nickname: "kunya", place: composedPlace(places.LEVANT_HEADS, places.LEVANT_ELEMENTS),
  },
  {
    id: "iraq", weight: 22, femaleShare: 0.2, names: { male: MASHRIQ_MALE, female: MASHRIQ_FEMALE, families: IRAQI_FAMILIES },
    arabicScriptLikely: 0.7, nisbas: ["iraq", "iraq", "generic"], phones: ["IQ", "IQ", "IQ", "IQ", "TR"],
    documents: ["iraqi-national-card", "iraqi-passport"], nickname: "kunya", place: composedPlace(places.IRAQ_HEADS, places.IRAQ_ELEMENTS),
  },
  {
    id: "gulf", weight: 5, femaleShare: 0.1, names: { male: MASHRIQ_MALE, female: MASHRIQ_FEMALE, families: GULF_FAMILIES },
    arabicScriptLikely: 0.6, nisbas: ["gulf"], phones: ["SA", "SA", "SA", "KW", "TR"],
    documents: ["saudi-national-id"], nickname: "kunya", place: composedPlace(places.IRAQ_HEADS, places.IRAQ_ELEMENTS),
  },
  {
    id: "maghreb", weight: 10, femaleShare: 0.2, names: { male: MAGHREB_MALE, female: MAGHREB_FEMALE, families: MAGHREBI_FAMILIES },
    arabicScriptLikely: 0.4, nisbas: ["maghreb"], phones: ["TN", "TN", "MA", "DZ", "TR"],
    documents: ["tunisian-cin", "moroccan-cin"], nickname: "kunya", place: composedPlace(places.MAGHREB_HEADS, places.MAGHREB_ELEMENTS),
  },
  {
    id: "kurdish-sorani", weight: 5, femaleShare: 0.25, names: { male: KURDISH_MALE, female: KURDISH_FEMALE, families: KURDISH_FAMILIES },
    arabicScriptLikely: 0.7, nisbas: ["kurdish"], phones: ["IQ"],
    documents: ["iraqi-national-card"], nickname: "kurdish", place: composedPlace(places.KURDISH_HEADS, places.KURDISH_ELEMENTS),
  },
  {
    id: "kurdish-kurmanji", weight: 5, femaleShare: 0.25, names: { male: KURDISH_MALE, female: KURDISH_FEMALE, families: KURDISH_FAMILIES },
    arabicScriptLikely: 0.3, nisbas: ["kurdish"], phones: ["SY", "SY", "TR", "TR", "DE"],
    documents: ["syrian-national-number", "turkish-kimlik"], nickname: "kurdish", place: composedPlace(places.KURDISH_HEADS, places.KURDISH_ELEMENTS),
  },
  {
    id: "turkey", weight: 8, femaleShare: 0.2, names: { male: TURKISH_MALE, female: TURKISH_FEMALE, families: TURKISH_FAMILIES },
    arabicScriptLikely: 0, nisbas: ["turkish"], phones: ["TR"], documents: ["turkish-kimlik"], nickname: "turkish", place: turkishPlace,
  },
  ...europeanOrigins("france", [3, 4], [european.FRENCH_CONVERTS, european.FRENCH_MAGHREBIS], ["french", "french", "maghreb"], ["FR", "FR", "FR", "TR"], ["french-passport"], places.EUROPEAN_DISTRICTS.french),
  ...europeanOrigins("belgium", [1, 3], [european.BELGIAN_CONVERTS, european.BELGIAN_MOROCCANS], ["belgian", "belgian", "maghreb"], ["BE"], ["belgian-national-number"], places.EUROPEAN_DISTRICTS.belgian),
  ...europeanOrigins("britain", [1.5, 2.5], [european.BRITISH_CONVERTS, european.BRITISH_MUSLIMS], ["british"], ["GB"], ["british-passport"], places.EUROPEAN_DISTRICTS.british),
];

const TOTAL_WEIGHT = ORIGINS.reduce((sum, origin) => sum + origin.weight, 0);

export function pickOrigin(random: Random): Origin {
  let target = random.next() * TOTAL_WEIGHT;
  for (const origin of ORIGINS) {
    target -= origin.weight;
    if (target < 0) return origin;
  }
  return ORIGINS[ORIGINS.length - 1] as Origin;
}
