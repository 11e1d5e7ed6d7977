// Parses a dictionary file: one entry per line, blank lines ignored, optionally
// "TYPE<TAB>text" so an editor can say what an entry is.
import { IDENTIFIER_TYPES, type DictionaryEntry, type IdentifierType } from "./types";

function isIdentifierType(value: string): value is IdentifierType {
  return (IDENTIFIER_TYPES as readonly string[]).includes(value);
}

export function parseKnownFile(content: string): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  for (const raw of content.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") continue;
    const tab = raw.indexOf("\t");
    const maybeType = tab > 0 ? raw.slice(0, tab).trim().toUpperCase() : "";
    if (isIdentifierType(maybeType)) {
      const text = raw.slice(tab + 1).trim();
      if (text !== "") entries.push({ text, type: maybeType });
    } else {
      entries.push({ text: line });
    }
  }
  return entries;
}
