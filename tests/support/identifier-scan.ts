// Looks for seeded identifiers and testimony in text that must never hold them (server log
// lines, response headers, error pages). Case-insensitive; Latin-script identifiers match as
// whole words, Arabic ones anywhere (a proclitic such as و or ب attaches to the word). Each
// line is also read with JSON escapes, percent-encoding and HTML entities undone, so an
// identifier is found however a log line or a header carried it. Findings name the
// category and a masked form: the scan's own output must not repeat what it looks for.
import type { Needle, PhraseSource } from "./seeded-identifiers";

export const PHRASE_WORDS = 5;
export type Finding = { where: string; line: number; category: string; masked: string };

const WORD_CHAR = "[\\p{L}\\p{M}\\p{N}]";
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ARABIC = /[\u0600-\u06FF]/u;

export function masked(value: string): string {
  const chars = [...value];
  return `${chars[0]}… (${chars.length} characters)`;
}

const normalised = (value: string) => value.toLowerCase().replace(/\s+/g, " ").trim();
const words = (text: string) => text.toLowerCase().match(WORD) ?? [];

function needlePattern(value: string): string {
  const body = value.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  if (ARABIC.test(value)) return body;
  const before = /^[\p{L}\p{N}]/u.test(value) ? `(?<!${WORD_CHAR})` : "";
  const after = /[\p{L}\p{N}]$/u.test(value) ? `(?!${WORD_CHAR})` : "";
  return before + body + after;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The line as written, and as read once its escapes are undone. */
function readings(line: string): string[] {
  const unescaped = line
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\[nrtbf"\\/]/g, " ")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/g, (entity, name: string) => ENTITIES[name] ?? entity);
  const decoded = unescaped.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
  return [...new Set([line, decoded, decoded.replace(/\+/g, " ")])];
}

export type IdentifierScanner = (where: string, text: string) => Finding[];

/**
 * `runs: "all"` looks for every run of the testimony (for logs, which never hold testimony);
 * `runs: "naming"` only for runs that name an identifier, which no approved, redacted quote
 * keeps (for responses: a published item's title legitimately quotes testimony).
 */
export function identifierScanner(needles: Needle[], phraseSources: PhraseSource[], runs: "all" | "naming" = "all"): IdentifierScanner {
  const byValue = new Map<string, Needle>();
  for (const needle of needles) if (!byValue.has(normalised(needle.value))) byValue.set(normalised(needle.value), needle);
  const sorted = [...byValue.values()].sort((a, b) => b.value.length - a.value.length);
  const pattern = new RegExp(sorted.map((needle) => needlePattern(needle.value)).join("|"), "giu");

  const needleWords = sorted.map((needle) => ` ${words(needle.value).join(" ")} `);
  const naming = (phrase: string) => needleWords.some((needle) => ` ${phrase} `.includes(needle));
  const phrases = new Map<string, PhraseSource["category"]>();
  for (const source of phraseSources) {
    const run = words(source.text);
    for (let start = 0; start + PHRASE_WORDS <= run.length; start++) {
      const phrase = run.slice(start, start + PHRASE_WORDS).join(" ");
      if (runs === "all" || naming(phrase)) phrases.set(phrase, source.category);
    }
  }

  return (where, text) => {
    const findings = new Map<string, Finding>();
    const add = (line: number, category: string, value: string) => {
      const finding = { where, line, category, masked: masked(value) };
      findings.set(JSON.stringify(finding), finding);
    };
    text.split("\n").forEach((raw, index) => {
      for (const reading of readings(raw)) {
        for (const match of reading.matchAll(pattern)) {
          const needle = byValue.get(normalised(match[0]));
          if (needle) add(index + 1, needle.category, needle.value);
        }
        const run = words(reading);
        for (let start = 0; start + PHRASE_WORDS <= run.length; start++) {
          const phrase = run.slice(start, start + PHRASE_WORDS).join(" ");
          const category = phrases.get(phrase);
          if (category) add(index + 1, category, phrase);
        }
      }
    });
    return [...findings.values()];
  };
}
