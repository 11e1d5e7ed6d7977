// Invented sources with the dictionaries an editor would type for them, in the numbers a
// large organisation holds (2,000 sources ≈ 9,000 entries), to measure the leak guard's
// recall and speed. Deterministic: the same (count, seed) always yields the same sources,
// and a smaller count yields a prefix of a larger one.
import type { IdentifierType } from "@/lib/redaction/detector/types";
import { sourceCode } from "@/lib/sources/source-code";
import { documentNumber } from "./identity-documents";
import { KUNYA_NAMES, NISBAS, UMM_NAMES } from "./names/kunyas";
import { KURDISH_EPITHETS, KURDISH_HONORIFICS } from "./names/kurdish-names";
import { TURKISH_EPITHETS, asciiSpelling } from "./names/turkish-names";
import type { WrittenName } from "./names/written-name";
import { pickOrigin, type Origin } from "./origins";
import { formatPhone, randomMobile, type PhoneStyle } from "./phone-countries";
import { seededRandom, type Random } from "./prng";
import * as spell from "./spellings";

export type SyntheticEntry = { text: string; type: IdentifierType; variants?: string[] };
export type SyntheticSource = { code: string; realName: string; origin: string; entries: SyntheticEntry[] };

export function syntheticSources(count: number, seed: number): SyntheticSource[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => syntheticSource(random.fork(), index + 1));
}

function syntheticSource(random: Random, sequence: number): SyntheticSource {
  const origin = pickOrigin(random);
  const female = random.chance(origin.femaleShare);
  const given = random.pickFrequent(female ? origin.names.female : origin.names.male);
  const family = random.pick(origin.names.families);
  const realName = `${given.latin[0]} ${spell.primaryFamilySpelling(family)}`;
  const entries: SyntheticEntry[] = [];

  entries.push(entry(realName, "PERSON", random.chance(0.75) ? [
    ...spell.sampleDistinct(random, spell.fullNameSpellings(given, family), random.int(1, 3), realName),
    ...arabicForms(random, spell.arabicFullName(given, family), origin.arabicScriptLikely),
  ] : []));

  if (random.chance(0.95)) entries.push(aliasEntry(random, origin, given, female));
  if (random.chance(0.12)) entries.push(kunyaEntry(random, origin, female));

  if (random.chance(0.85)) {
    const place = origin.place(random);
    const text = place.latin[0] ?? "";
    entries.push(entry(text, "LOCATION", [
      ...spell.sampleDistinct(random, place.latin, random.int(0, 2), text),
      ...arabicForms(random, place.arabic ?? null, origin.arabicScriptLikely),
    ]));
  }

  const phones = random.chance(0.8) ? (random.chance(0.1) ? 2 : 1) : 0;
  for (let i = 0; i < phones; i++) entries.push(phoneEntry(random, origin));

  if (random.chance(0.35)) entries.push(entry(documentNumber(random, random.pick(origin.documents)), "ID", []));

  if (random.chance(0.4)) {
    // Brothers, sons and fathers share the family name; wives and mothers keep their own.
    const sameFamily = random.chance(0.5);
    const relativeFemale = sameFamily ? random.chance(0.2) : !female;
    const relativeGiven = random.pickFrequent(relativeFemale ? origin.names.female : origin.names.male);
    const relativeFamily = sameFamily ? family : random.pick(origin.names.families);
    const text = `${relativeGiven.latin[0]} ${spell.primaryFamilySpelling(relativeFamily)}`;
    entries.push(entry(text, "PERSON", arabicForms(random, spell.arabicFullName(relativeGiven, relativeFamily), origin.arabicScriptLikely / 2)));
  }

  return { code: sourceCode(sequence), realName, origin: origin.id, entries };
}

function entry(text: string, type: IdentifierType, variants: string[]): SyntheticEntry {
  const distinct = [...new Set(variants)].filter((variant) => variant !== text && variant.trim() !== "");
  return distinct.length > 0 ? { text, type, variants: distinct } : { text, type };
}

/** The Arabic-script form, sometimes also without hamza seats, when editors would add it. */
function arabicForms(random: Random, arabic: string | null, likelihood: number): string[] {
  if (!arabic || !random.chance(likelihood)) return [];
  const bare = spell.withoutHamzaSeats(arabic);
  return bare !== arabic && random.chance(0.4) ? [arabic, bare] : [arabic];
}

function aliasEntry(random: Random, origin: Origin, given: WrittenName, female: boolean): SyntheticEntry {
  if (origin.nickname === "turkish" && random.chance(0.5)) {
    const text = `${random.pick(TURKISH_EPITHETS)} ${given.latin[0]}`;
    return entry(text, "ALIAS", random.chance(0.5) ? [asciiSpelling(text)] : []);
  }
  if (origin.nickname === "kurdish" && random.chance(0.6)) return kurdishNickname(random, origin, given);
  return kunyaEntry(random, origin, female);
}

function kunyaEntry(random: Random, origin: Origin, female: boolean): SyntheticEntry {
  const kunya: spell.Kunya = {
    kind: female ? "umm" : "abu",
    name: random.pickFrequent(female ? UMM_NAMES : KUNYA_NAMES),
    nisba: random.chance(0.75) ? random.pick(NISBAS[random.pick(origin.nisbas)]) : null,
  };
  const spellings = spell.kunyaSpellings(kunya);
  const text = origin.nickname === "turkish" ? spell.turkishKunyaSpelling(kunya) : (spellings[0] ?? "");
  if (!random.chance(0.7)) return entry(text, "ALIAS", []);
  return entry(text, "ALIAS", [
    ...spell.sampleDistinct(random, spellings, random.int(1, 3), text),
    ...arabicForms(random, spell.arabicKunya(kunya), 0.6),
  ]);
}

/** "Kak Rêbwar" / "کاک ڕێبوار" (honorific first) or "Azad Sor" / "ئازاد سوور" (epithet after). */
function kurdishNickname(random: Random, origin: Origin, given: WrittenName): SyntheticEntry {
  const honorific = random.chance(0.5);
  const word = random.pick(honorific ? KURDISH_HONORIFICS : KURDISH_EPITHETS);
  const join = (a: string, b: string) => (honorific ? `${a} ${b}` : `${b} ${a}`);
  const latin = word.latin.flatMap((w) => given.latin.map((g) => join(w, g)));
  const text = latin[0] ?? "";
  const arabic = word.arabic && given.arabic ? join(word.arabic, given.arabic) : null;
  return entry(text, "ALIAS", [
    ...spell.sampleDistinct(random, latin, random.int(0, 2), text),
    ...arabicForms(random, arabic, origin.arabicScriptLikely),
  ]);
}

const PHONE_STYLES: readonly PhoneStyle[] = ["international", "international", "international", "local", "local", "local", "e164", "e164", "double-zero"];

function phoneEntry(random: Random, origin: Origin): SyntheticEntry {
  const phone = randomMobile(random, random.pick(origin.phones));
  const style = random.pick(PHONE_STYLES);
  const text = formatPhone(phone, style);
  const other = random.chance(0.5) ? [formatPhone(phone, random.pick(PHONE_STYLES))] : [];
  return entry(text, "CONTACT", other);
}
