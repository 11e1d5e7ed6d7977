// What the leak guard looks for about one source: every dictionary entry and the recorded
// real name (an implicit PERSON entry, so an empty dictionary still protects the name),
// each in canonical form so look-alike letters and invisible characters in an entry do
// not make it unmatchable. A Turkish or Kurdish letter (ş, ç, ž…) is looked for both as
// English spells it ("sh") and as its plain letter, which is how most writers type it.
import type { DictionaryEntry } from "@/lib/redaction/detector/types";
import { canonicalString, withPlainLetters } from "../canonical-text";

/** The canonical spellings of one written form: as written (ş read "sh") and, when it has such letters, plain ("s"). */
function spellings(text: string): string[] {
  const plain = withPlainLetters(text);
  return plain === text ? [canonicalString(text)] : [canonicalString(text), canonicalString(plain)];
}

export function guardEntries(entries: readonly DictionaryEntry[], realName?: string | null): DictionaryEntry[] {
  const all: DictionaryEntry[] = [...entries];
  if (realName && realName.trim() !== "") all.push({ text: realName, type: "PERSON" });
  return all.map((entry) => {
    const [text, ...plain] = spellings(entry.text);
    return {
      text: text!,
      ...(entry.type ? { type: entry.type } : {}),
      // "Ayşe Kaya" is also looked for as "Ayse Kaya"
      variants: [...plain, ...(entry.variants ?? []).flatMap(spellings)].filter((v) => v.trim() !== ""),
    };
  });
}
