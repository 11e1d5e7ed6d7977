import { describe, expect, it } from "vitest";
import { HEALTH_RULES } from "./health";
import { PROFESSION_RULES } from "./professions";
import { spanOver, type FindCase, type KeepCase } from "./rule-cases";

const RULES = [...PROFESSION_RULES, ...HEALTH_RULES];

const FINDS: FindCase[] = [
  ["finds a job after a copula with its modifiers", "In 1989 he was a lorry driver in Homs.", "lorry driver", "ROLE", "profession"],
  ["finds a job after 'worked as'", "She worked as a primary school teacher for years.", "primary school teacher", "ROLE", "profession"],
  ["finds a hyphenated rank", "He had served as a non-commissioned officer.", "non-commissioned officer", "ROLE", "profession"],
  ["finds a job after 'the post of'", "He passed an exam for the post of a private security guard.", "private security guard", "ROLE", "profession"],
  ["finds an Arabic job after a work verb", "كان يعمل سائقاً في الرقة.", "سائقاً", "ROLE", "profession-arabic"],
  ["finds a diagnosis", "He was diagnosed with paranoid schizophrenia in prison.", "paranoid schizophrenia in prison", "DESCRIPTION", "health-condition"],
  ["finds an illness by its medical suffix", "The report mentions mild arthrosis of the spine.", "mild arthrosis of the spine", "DESCRIPTION", "health-condition"],
  ["finds a fracture and where it is", "X-rays showed a fracture of the left kneecap.", "fracture of the left kneecap", "DESCRIPTION", "health-condition"],
  ["finds a loss of sight", "The blast caused loss of vision in his left eye.", "loss of vision in his left eye", "DESCRIPTION", "health-condition"],
];

const KEEPS: KeepCase[] = [
  ["keeps a job word in passing", "The teacher said nothing about it.", "teacher"],
  ["keeps a lawyer presented by apposition", "He was represented by Mr Aksoy, a lawyer practising in Ankara.", "lawyer"],
  ["keeps a verb in -ed before a job word", "They were represented by their agent.", "agent"],
  ["keeps 'diagnosis'", "The diagnosis took a week.", "diagnosis"],
];

describe("jobs and health", () => {
  it.each(FINDS)("%s", (_b, text, expected, type, rule) => {
    const span = spanOver(text, RULES, expected);
    expect(span && [span.text, span.type, span.rule]).toEqual([expected, type, rule]);
  });
  it.each(KEEPS)("%s", (_b, text, needle) => {
    expect(spanOver(text, RULES, needle)).toBeUndefined();
  });
});
