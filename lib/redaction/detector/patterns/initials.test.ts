import { describe, expect, it } from "vitest";
import { INITIAL_NAME_RULES } from "./initials";
import { PERSON_RULES } from "./persons";
import { spanOver, type FindCase, type KeepCase } from "./rule-cases";

const RULES = [...INITIAL_NAME_RULES, ...PERSON_RULES];

const FINDS: FindCase[] = [
  ["finds a title, an initial and a surname", "The file was signed by Mr P. Chapman yesterday.", "Mr P. Chapman", "PERSON", "title-initial-name"],
  ["finds two initials", "Her lawyer, Mr K.H. Demir, refused.", "Mr K.H. Demir", "PERSON", "title-initial-name"],
  ["finds a hyphenated initial", "We spoke to Mr C.-H. Ekström by phone.", "Mr C.-H. Ekström", "PERSON", "title-initial-name"],
  ["finds stacked titles", "The report of Prof. Dr Z. Aydın was read out.", "Prof. Dr Z. Aydın", "PERSON", "title-initial-name"],
  ["finds a title with initials only", "The farm of Mr F.L. was burnt.", "Mr F.L.", "PERSON", "title-initial-name"],
  ["finds an initial and an unusual surname without a title", "Notes taken by A. Demetriades on the boat.", "A. Demetriades", "PERSON", "initial-surname"],
  ["finds initials alone", "He went with his son, J.P., to the border.", "J.P.", "PERSON", "initials"],
  ["finds an initial after a name on the same line", "The guard, Yassine B., was kind.", "Yassine B.", "PERSON", "initial-name"],
];

const KEEPS: KeepCase[] = [
  ["keeps an outline heading", "A. Facts prior to the arrest", "A. Facts"],
  ["keeps a country abbreviation", "A U.S. drone hit the car.", "U.S."],
  ["keeps a heading number after a title line", "THE FACTS\n\nI. The circumstances", "I."],
];

describe("names with initials", () => {
  it.each(FINDS)("%s", (_b, text, expected, type, rule) => {
    const span = spanOver(text, RULES, expected);
    expect(span && [span.text, span.type, span.rule]).toEqual([expected, type, rule]);
  });
  it.each(KEEPS)("%s", (_b, text, needle) => {
    expect(spanOver(text, RULES, needle)).toBeUndefined();
  });
});
