// Every key in every language, every message well-formed ICU with the same arguments as
// the English one: a screen never shows a key, and a translation never drops a name.
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { readCatalogue, type MessageTree } from "./catalogue";
import { LOCALES } from "./locales";

function flatten(tree: MessageTree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      argumentsOf(element.children, into);
    }
  }
  return into;
}

const catalogues = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(readCatalogue(locale) as MessageTree)]));
const english = catalogues.en!;

describe("the message catalogues", () => {
  it("hold messages", () => {
    expect(english.size).toBeGreaterThan(10);
  });

  it.each(LOCALES.filter((l) => l !== "en"))("%s has exactly the English keys", (locale) => {
    const keys = [...catalogues[locale]!.keys()].sort();
    expect({ missing: [...english.keys()].filter((k) => !catalogues[locale]!.has(k)), extra: keys.filter((k) => !english.has(k)) }).toEqual({ missing: [], extra: [] });
  });

  it.each(LOCALES)("%s: every message parses as ICU and names the English arguments", (locale) => {
    const problems: string[] = [];
    for (const [key, message] of catalogues[locale]!) {
      let elements: MessageFormatElement[];
      try {
        elements = parse(message);
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
        continue;
      }
      const englishMessage = english.get(key);
      if (englishMessage === undefined) continue;
      const expected = [...argumentsOf(parse(englishMessage))].sort();
      const found = [...argumentsOf(elements)].sort();
      if (expected.join() !== found.join()) problems.push(`${key}: arguments ${found.join(",")} (English: ${expected.join(",")})`);
    }
    expect(problems).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== "en"))("%s is translated, not copied (at most 5%% of messages equal the English)", (locale) => {
    const same = [...catalogues[locale]!].filter(([key, message]) => /[A-Za-z]{3}/.test(message) && message === english.get(key) && !/^(Countervoice|PDF|ZIP|API|URL|OK)$/.test(message));
    expect(same.length / english.size).toBeLessThanOrEqual(0.05);
  });

  it("Arabic messages are written in Arabic script", () => {
    const latinOnly = [...catalogues.ar!].filter(([, message]) => /[A-Za-z]{4}/.test(message.replace(/\{[^}]*\}|<\/?\w+>|Countervoice|TOTP|PDF|ZIP|API|CSV|URL|JSON|HTTPS?|SMTP|Markdown|README|NUL|Webhook|webhook|ID/g, "")) && !/[\u0600-\u06FF]/.test(message));
    expect(latinOnly.map(([key]) => key)).toEqual([]);
  });
});
