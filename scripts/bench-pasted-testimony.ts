// How reliably is testimony pasted into content found, and does unrelated text on the same
// themes stay unlinked? Indexes the labelled redaction corpus (English and Arabic invented
// transcripts) as approved testimony, pastes excerpts of n words through what editors do to
// text, and runs the clean corpus (260 counter-narrative paragraphs) against the index.
// Prints a table; no assertions (lib/content/pasted-testimony/pasted-testimony.test.ts asserts).
//   npm run bench:pasted-testimony
import { SHINGLE_WORDS } from "@/lib/content/pasted-testimony/shingles";
import { corpusTestimony, falseLinks, foundRate, indexOf, linkedTestimony, TRANSFORMS } from "@/lib/content/pasted-testimony/testing/paste-trials";

const TRIALS = 400;
const LENGTHS = [6, 7, 8, 9, 10, 12, 16, 24];

const testimony = corpusTestimony();
const index = indexOf(testimony);
const count = (language: string) => testimony.filter((t) => t.language === language).length;
console.log(`Shingles of ${SHINGLE_WORDS} words; ${testimony.length} transcripts indexed (${count("en")} English, ${count("ar")} Arabic), ${index.size} distinct shingles.`);
console.log(`Found: share of ${TRIALS} excerpts per cell linked back to their transcript (excerpts embedded between sentences of the editor's own).\n`);

for (const language of ["en", "ar"] as const) {
  const transforms = TRANSFORMS.filter((t) => t.languages.includes(language));
  console.log(`${language === "en" ? "English" : "Arabic"}`);
  console.log(["words", ...transforms.map((t) => t.name)].map((c, i) => (i === 0 ? c.padEnd(7) : c.padEnd(36))).join(""));
  for (const words of LENGTHS) {
    const cells = transforms.map((t) => {
      const only = testimony.filter((x) => x.language === language);
      return `${(100 * foundRate(only, index, t, words, TRIALS, words)).toFixed(1)} %`.padEnd(36);
    });
    console.log(`${String(words).padEnd(7)}${cells.join("")}`);
  }
  console.log("");
}

const linked = falseLinks(index);
console.log(`Unrelated text on the same themes: ${linked.length} of 260 clean paragraphs linked to a transcript${linked.length ? `: ${linked.map((l) => `${l.id} → ${l.linked.join(", ")}`).join("; ")}` : ""}.`);
let pairs = 0;
const shared: string[] = [];
for (const t of testimony) {
  const others = [...linkedTestimony(index, t.text)].filter((name) => name !== t.name);
  pairs += others.length;
  if (others.length) shared.push(`${t.name} ↔ ${others.join(", ")}`);
}
console.log(`Transcripts sharing a shingle with another transcript: ${shared.length} of ${testimony.length}${shared.length ? ` (${shared.slice(0, 10).join("; ")}${shared.length > 10 ? "; …" : ""})` : ""}.`);
console.log(JSON.stringify({ shingleWords: SHINGLE_WORDS, falseLinks: linked.length, cleanParagraphs: 260, crossTranscriptLinks: pairs / 2 }));
