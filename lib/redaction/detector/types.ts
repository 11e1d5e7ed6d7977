// Shared vocabulary of the detector: what kinds of identifier exist and what a span is.

export const IDENTIFIER_TYPES = [
  "PERSON", "ALIAS", "LOCATION", "DATE", "AGE", "NATIONALITY",
  "ORGANIZATION", "ROLE", "CONTACT", "ID", "DESCRIPTION",
] as const;

export type IdentifierType = (typeof IDENTIFIER_TYPES)[number];

/** Identifiers that point at one person on their own; the rest identify only in combination. */
export const DIRECT_TYPES: readonly IdentifierType[] = ["PERSON", "ALIAS", "CONTACT", "ID"];

export type SpanSource = "pattern" | "gazetteer" | "nlp" | "dictionary";

/**
 * start/end are JavaScript string indices (UTF-16 code units), end exclusive. `rule` names
 * what found the span ("case-number", "gazetteer:locations", "dictionary"…), a short stable
 * name shown to reviewers; `source` is the coarse family it belongs to.
 */
export type Span = { start: number; end: number; type: IdentifierType; text: string; source: SpanSource; rule: string };

/** What an editor types into a source's dictionary. */
export type DictionaryEntry = { text: string; type?: IdentifierType; variants?: string[] };

export type DetectOptions = { dictionary?: DictionaryEntry[] };
