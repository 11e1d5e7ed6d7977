import { describe, expect, it } from "vitest";
import { INSTITUTION_RULES } from "./institutions";
import { LOCATION_RULES } from "./locations";
import { ORGANIZATION_RULES } from "./organizations";
import { spanOver, type FindCase, type KeepCase } from "./rule-cases";

const RULES = [...INSTITUTION_RULES, ...ORGANIZATION_RULES, ...LOCATION_RULES];

const FINDS: FindCase[] = [
  ["finds a court named after a town", "The Kayseri Administrative Court dismissed it.", "Kayseri Administrative Court", "ORGANIZATION", "place-named-institution"],
  ["finds an office with its complement", "Papers came from the Çiğli Directorate of Land Registration last week.", "Çiğli Directorate of Land Registration", "ORGANIZATION", "place-named-institution"],
  ["finds a prosecutor named after a town", "The İzmir Public Prosecutor filed an indictment.", "İzmir Public Prosecutor", "ORGANIZATION", "place-named-institution"],
  ["finds a company by its legal form", "The show was made by Strix Television AB in Stockholm.", "Strix Television AB", "ORGANIZATION", "company"],
  ["finds a prison named after a town", "He spent a year in Wronki Prison.", "Wronki Prison", "LOCATION", "facility-name"],
  ["finds a college named after a town", "She studied at the Zarqa Technical College until 2010.", "Zarqa Technical College", "ORGANIZATION", "place-named-institution"],
  ["finds a landmark named with ordinary words", "We met at Clock Square every evening.", "Clock Square", "LOCATION", "facility-name"],
  ["finds an office held over a town", "He complained to the Wali of Raqqa in person.", "Wali of Raqqa", "ROLE", "office-of-place"],
  ["finds a court named by the town it sits in", "The District Court in Wodzisław remanded him.", "District Court in Wodzisław", "ORGANIZATION", "place-named-institution"],
  ["finds a bare facility word used as a name", "Visit: al-Hol camp, Annex, July 2019.", "Annex", "LOCATION", "named-facility-word"],
];

const KEEPS: KeepCase[] = [
  ["keeps a national court", "The Supreme Administrative Court quashed the decision.", "Supreme Administrative Court"],
  ["keeps a court known by its function", "He appealed to the Court of Cassation.", "Court of Cassation"],
  ["keeps a section of a court", "The case was given to the Fourth Section.", "Fourth Section"],
  ["keeps an office over a country", "He wrote to the Governor of Turkey's central bank.", "Governor of Turkey"],
  ["keeps a ministry", "The Ministry of Foreign Affairs replied.", "Ministry of Foreign Affairs"],
  ["keeps a national army", "He served in the Turkish Armed Forces.", "Turkish Armed Forces"],
  ["keeps 'the court' at a sentence start", "The court refused to hear him.", "The court"],
];

describe("institutions and companies", () => {
  it.each(FINDS)("%s", (_b, text, expected, type, rule) => {
    const span = spanOver(text, RULES, expected);
    expect(span && [span.text, span.type, span.rule]).toEqual([expected, type, rule]);
  });
  it.each(KEEPS)("%s", (_b, text, needle) => {
    expect(spanOver(text, RULES, needle)).toBeUndefined();
  });
});
