import { describe, expect, it } from "vitest";
import { KUNYA_RULES } from "../kunya";
import { ADDRESS_RULES } from "./addresses";
import { COUNTRY_RULES } from "./countries";
import { spanOver, type FindCase, type KeepCase } from "./rule-cases";
import { RESIDENCE_RULES } from "./residence";
import { WORKPLACE_RULES } from "./workplaces";

const RULES = [...ADDRESS_RULES, ...COUNTRY_RULES, ...WORKPLACE_RULES, ...KUNYA_RULES, ...RESIDENCE_RULES];

const FINDS: FindCase[] = [
  ["finds a house number, street and flat", "They lived at 12 Kennedy Avenue, flat 3, near the market.", "12 Kennedy Avenue, flat 3", "LOCATION", "street-address"],
  ["finds a street with its number after it", "Send it to Baghdad Street no. 45 please.", "Baghdad Street no. 45", "LOCATION", "street-address"],
  ["finds a French street", "Our flat was Rue de Ribaucourt 45 in Molenbeek.", "Rue de Ribaucourt 45", "LOCATION", "street-address"],
  ["finds a German compound street", "He rented a room at Hauptstraße 5 in Köln.", "Hauptstraße 5", "LOCATION", "street-address"],
  ["finds an Arabic street and number", "سكنا في شارع النيل رقم ١٢ قرب الجامع.", "شارع النيل رقم ١٢", "LOCATION", "street-address-arabic"],
  ["finds a town with its country", "She now lives in Wesel, Germany, with her sons.", "Wesel, Germany", "LOCATION", "town-country"],
  ["finds a town with its country in brackets", "He lives in Laupheim (Germany) now.", "Laupheim (Germany)", "LOCATION", "town-country"],
  ["finds a country before 'national'", "She is a United Kingdom national, born abroad.", "United Kingdom national", "NATIONALITY", "country-national"],
  ["finds a workplace with its town", "He worked in a tyre shop in Zarqa until 2013.", "a tyre shop in Zarqa", "ORGANIZATION", "workplace"],
  ["finds a workplace said to be someone's job", "I worked in my uncle's bakery after school.", "my uncle's bakery", "ORGANIZATION", "workplace"],
  ["finds an employer by name", "I worked for Haddad Transport as a driver.", "Haddad Transport", "ORGANIZATION", "employer"],
  ["finds a town after 'lives in' even when it is an English word", "She lives in Van with her mother.", "Van", "LOCATION", "residence"],
  ["finds a hyphenated town with lower-case parts", "He was born in Saint-Didier-au-Mont-d’Or.", "Saint-Didier-au-Mont-d’Or", "LOCATION", "residence"],
  ["finds a nickname with a foreign article", "La Tigresa ran the women's section.", "La Tigresa", "ALIAS", "foreign-nickname"],
];

const KEEPS: KeepCase[] = [
  ["keeps a street named without a number", "The Main Street was closed that day.", "Main Street"],
  ["keeps a country after 'deported to'", "He was deported to Turkey in 2019.", "Turkey"],
  ["keeps two countries in a row", "They came from Sweden, Norway and Denmark.", "Norway"],
  ["keeps a shop nobody worked in", "We bought bread in a shop and left.", "a shop"],
  ["keeps a foreign article before an English word", "I watched Das Boot twice.", "Das Boot"],
];

describe("addresses, countries in addresses, workplaces and nicknames", () => {
  it.each(FINDS)("%s", (_b, text, expected, type, rule) => {
    const span = spanOver(text, RULES, expected);
    expect(span && [span.text, span.type, span.rule]).toEqual([expected, type, rule]);
  });
  it.each(KEEPS)("%s", (_b, text, needle) => {
    expect(spanOver(text, RULES, needle)).toBeUndefined();
  });
});
