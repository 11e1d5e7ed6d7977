// What the leak guard looks for about one source: every dictionary entry and the recorded
// real name (an implicit PERSON entry, so an empty dictionary still protects the name),
// each in canonical form so look-alike letters and invisible characters in an entry do
// not make it unmatchable.
import type { DictionaryEntry } from "@/lib/redaction/detector/types";
import { canonicalString } from "../canonical-text";

export function guardEntries(entries: readonly DictionaryEntry[], realName?: string | null): DictionaryEntry[] {
  const all: DictionaryEntry[] = [...entries];
  if (realName && realName.trim() !== "") all.push({ text: realName, type: "PERSON" });
  return all.map((entry) => ({
    text: canonicalString(entry.text),
    ...(entry.type ? { type: entry.type } : {}),
    variants: (entry.variants ?? []).map(canonicalString).filter((v) => v.trim() !== ""),
  }));
}
