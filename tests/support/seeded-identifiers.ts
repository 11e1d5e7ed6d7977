// What the end-to-end log scan looks for: everything the demo seed puts into sources,
// dictionaries and testimony (lib/demo, all invented), through the same domain functions
// editors use. Names, aliases, places, numbers and handles are distinctive on their own;
// testimony and notes are looked for as runs of five words, which no interface text,
// log event or header shares with them.
import type { DemoSource } from "@/lib/demo/demo-source-type";
import { KARIM } from "@/lib/demo/demo-sources-karim";
import { SAMIR } from "@/lib/demo/demo-sources-samir";
import { OMAR } from "@/lib/demo/demo-sources-omar";
import { HADI } from "@/lib/demo/demo-sources-hadi";
import { SALMA } from "@/lib/demo/demo-sources-salma";

export const SEEDED_SOURCES: readonly DemoSource[] = [KARIM, SAMIR, OMAR, HADI, SALMA];

export type IdentifierCategory = "real name" | "alias" | "dictionary entry" | "dictionary variant";
export type Needle = { category: IdentifierCategory; value: string };
export type PhraseSource = { category: "testimony" | "source notes"; text: string };

export function seededNeedles(sources: readonly DemoSource[] = SEEDED_SOURCES): Needle[] {
  const needles: Needle[] = [];
  for (const source of sources) {
    needles.push({ category: "real name", value: source.realName });
    for (const entry of source.dictionary) {
      needles.push({ category: entry.type === "ALIAS" ? "alias" : "dictionary entry", value: entry.text });
      for (const variant of entry.variants) needles.push({ category: entry.type === "ALIAS" ? "alias" : "dictionary variant", value: variant });
    }
  }
  return needles;
}

export function seededPhraseSources(sources: readonly DemoSource[] = SEEDED_SOURCES): PhraseSource[] {
  return sources.flatMap((source) => [
    { category: "source notes" as const, text: source.notes },
    ...source.testimonies.map((testimony) => ({ category: "testimony" as const, text: testimony.transcript })),
  ]);
}
