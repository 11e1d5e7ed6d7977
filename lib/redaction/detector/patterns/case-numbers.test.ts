import { describe, expect, it } from "vitest";
import { CASE_NUMBER_RULES } from "./case-numbers";
import { spanOver, type FindCase, type KeepCase } from "./rule-cases";

const FINDS: FindCase[] = [
  ["finds an application number after 'no.', the cue left out", "He lodged application no. 12345/06 in March.", "12345/06", "ID", "case-number"],
  ["finds a list of numbers after 'nos.'", "See files nos. 101/99, 102/99 and 205/01 for details.", "101/99, 102/99 and 205/01", "ID", "case-number"],
  ["finds a plot number", "They took plot no. 448 from his father.", "448", "ID", "case-number"],
  ["finds a letter-prefixed register number", "Registered under no. D-4840 in the town hall.", "D-4840", "ID", "case-number"],
  ["finds 'number' with a slashed number", "The prosecutor opened file number 2004/356 that day.", "2004/356", "ID", "case-number"],
  ["finds a slashed file number without a cue", "The court joined it to 36110/97 later.", "36110/97", "ID", "case-number"],
  ["finds a Turkish docket number with its letter", "Decision E.2004/123 was final.", "E.2004/123", "ID", "case-number"],
  ["finds an Arabic case number", "صدر الحكم في القضية رقم ٣٤٥ غيابياً.", "٣٤٥", "ID", "case-number-arabic"],
];

const KEEPS: KeepCase[] = [
  ["keeps a numbered law", "Under Law no. 1602 the court was military.", "1602"],
  ["keeps a protocol article", "Article 1 of Protocol No. 1 protects property.", "No. 1"],
  ["keeps a span of years", "The school year 2014/2015 never started.", "2014/2015"],
  ["keeps an academic year in short form", "In 2013/14 we stayed in Manbij.", "2013/14"],
  ["keeps a place in a queue after 'number'", "We were number 5 in line.", "number 5"],
  ["keeps 'No' as an answer", "No, I never saw his papers.", "No"],
  ["keeps a bare Arabic house number", "سكنا في البيت رقم ١٢ قرب الجامع.", "١٢"],
];

describe("case and file numbers", () => {
  it.each(FINDS)("%s", (_b, text, expected, type, rule) => {
    const span = spanOver(text, CASE_NUMBER_RULES, expected);
    expect(span && [span.text, span.type, span.rule]).toEqual([expected, type, rule]);
  });
  it.each(KEEPS)("%s", (_b, text, needle) => {
    expect(spanOver(text, CASE_NUMBER_RULES, needle)).toBeUndefined();
  });
});
