// Readable spelling variants of a dictionary entry, for editors and for checks on redacted
// output; the matcher in dictionary.ts is broader than this list.
import type { DictionaryEntry } from "./types";

const KUNYA_SPELLINGS: [RegExp, string[]][] = [
  [/^(?:Abu|Abou|Abū|Abo)\b/i, ["Abu", "Abou", "Abū", "Abo", "أبو"]],
  [/^(?:Umm|Um|Oum)\b/i, ["Umm", "Um", "Oum", "أم"]],
];
const ARTICLE_SPELLINGS = ["al-", "el-", "al ", "el ", "Al-", ""];

/**
 * A readable sample of the spellings matchDictionary accepts for an entry, for editors and
 * for checks on redacted output. The matcher itself is broader than this list.
 */
export function dictionaryVariants(entry: DictionaryEntry): string[] {
  const out = new Set<string>([entry.text, ...(entry.variants ?? [])]);
  for (const [re, spellings] of KUNYA_SPELLINGS) {
    if (!re.test(entry.text)) continue;
    for (const spelling of spellings) out.add(entry.text.replace(re, spelling));
  }
  for (const surface of [...out]) {
    for (const article of ARTICLE_SPELLINGS) out.add(surface.replace(/\b(?:al|el|ash|as|ad|at|an|ar|az|es|esh)[-\s](?=\p{L})/giu, article));
    out.add(surface.replace(/-/g, " "));
    out.add(surface.normalize("NFD").replace(/\p{M}/gu, ""));
  }
  return [...out].filter((s) => s.trim() !== "").slice(0, 60);
}
