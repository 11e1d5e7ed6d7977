// What the invisible mark costs and what it buys, per content type (lib/delivery/mark-budget.ts):
// the characters it adds to demo-like English and Arabic texts (the plain-text file without
// its "Prepared for" line, and on X's weighted count at the mark's heaviest), and how many
// words of an excerpt it takes for the mark alone to name the download. Then, for the dense
// mark, how well it survives what copy-and-paste does to text, and how much wording the
// text match needs once every mark is stripped. Prints tables; no assertions.
//   npm run bench:fingerprint
import { randomInt } from "node:crypto";
import { CONTENT_TYPES } from "@/lib/content/vocabulary";
import { DEMO_ITEMS, DEMO_STABLE_PUBLISHED_TITLE_AR, DEMO_STABLE_PUBLISHED_TITLE_EN } from "@/lib/demo/demo-content";
import { embedMark, extractMarks, FRAME_LENGTH, heaviestFrameStandIn, MARK_INTERVAL, newReference, stripMarks } from "@/lib/delivery/fingerprint";
import { markBudgetFor } from "@/lib/delivery/mark-budget";
import { type Platform, xWeightedLength } from "@/lib/delivery/platform-length";
import { postLengths } from "@/lib/delivery/post-lengths";
import { renderPlainTextFile } from "@/lib/delivery/render-text";
import { phraseOverlap } from "@/lib/delivery/text-overlap";

const TEXTS = [
  "When I joined they promised us a state built on justice, where every Muslim would be protected and fed. What we found was hunger, not a caliphate. The commanders lived in the villas of the people they had driven out, and the fighters shared stale bread at the checkpoints. Anyone who asked where the money went was called a traitor. I watched them kill Muslims who had done nothing but pray in the wrong mosque, and that is when I decided to leave. They were fighting other rebels instead of the regime, and the foreign fighters were paid three times what we were paid.",
  "وعدونا بدولة العدل وأن كل مسلم سيكون آمناً وشبعاناً، فوجدنا الجوع لا الخلافة. كان الأمراء يسكنون بيوت الناس الذين طردوهم، والمقاتلون يتقاسمون الخبز اليابس على الحواجز. كل من سأل أين ذهبت الأموال سموه خائناً. رأيتهم يقتلون مسلمين لم يفعلوا شيئاً سوى الصلاة في المسجد الخطأ، وعندها قررت أن أترك. كانوا يقاتلون الفصائل الأخرى بدل النظام، وكان المقاتلون الأجانب يأخذون ثلاثة أضعاف رواتبنا.",
];

// The demo's items as the seed writes their bodies (lib/demo/seed-demo-content.ts).
function demo(title: string): { title: string; body: string } {
  const item = DEMO_ITEMS.find((i) => i.title === title)!;
  return { title, body: `${item.intro}\n\n> ${item.quote.text}\n${item.outro ? `\n${item.outro}\n` : ""}` };
}
const SAMPLES = [
  { name: "AR post (demo)", ...demo(DEMO_STABLE_PUBLISHED_TITLE_AR) },
  {
    name: "EN post",
    title: "No house, no salary",
    body: "They promise young men a salary, a house and a brotherhood. This is what one young man found when he went, and came back:\n\n> The promises were lies. No house. The salary came late, then half, then never.\n\nBefore you believe the promises, ask those who came back.\n",
  },
  { name: "EN article (demo)", ...demo(DEMO_STABLE_PUBLISHED_TITLE_EN) },
  { name: "AR testimony", title: "الجوع لا الخلافة", body: TEXTS[1]! },
];

const PREPARED_FOR = "Prepared for Demo Partner · ref AAAA-AAAA";
function delivered(sample: (typeof SAMPLES)[number], contentType: string, reference = "AAAA-AAAA"): string {
  const file = renderPlainTextFile({ title: sample.title, bodyMarkdown: sample.body, preparedFor: PREPARED_FOR.replace("AAAA-AAAA", reference), reference, contentType });
  return file.slice(0, file.lastIndexOf("\n", file.length - 2));
}
/** The body of a delivered file: what a partner posts or quotes. */
const bodyOf = (file: string) => file.split("\n\n").slice(1, -1).join("\n\n");
const frames = (text: string) => (text.length - stripMarks(text).length) / FRAME_LENGTH;

console.log("Characters the mark adds to the plain-text file (title, body, attribution; not the visible line), per content type:\n");
console.log(["type (mark)", ...SAMPLES.map((s) => `${s.name} ${stripMarks(delivered(s, "ARTICLE")).length}`)].map((c) => c.padEnd(26)).join(""));
for (const type of CONTENT_TYPES) {
  const cells = SAMPLES.map((sample) => {
    const file = delivered(sample, type);
    const x = frames(file) * xWeightedLength(heaviestFrameStandIn());
    return `+${file.length - stripMarks(file).length} (${frames(file)} fr., X ≤ +${x})`;
  });
  console.log([`${type} (${markBudgetFor(type)})`, ...cells].map((c) => c.padEnd(26)).join(""));
}

const WORD_COUNTS = [2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100];
const TRACE_TRIALS = 200;
/** The fewest words (of WORD_COUNTS) at which every trial's excerpt of the body names its download by the mark alone. */
function wordsToTrace(sample: (typeof SAMPLES)[number], contentType: string, cut: (s: string) => string): string {
  for (const n of WORD_COUNTS) {
    let all = true;
    for (let i = 0; i < TRACE_TRIALS && all; i++) {
      const reference = newReference();
      const parts = bodyOf(delivered(sample, contentType, reference)).split(/[ \n]+/);
      if (parts.length < n) return `whole (${parts.length})`;
      const start = randomInt(0, parts.length - n + 1);
      all = extractMarks(cut(parts.slice(start, start + n).join(" "))).join() === reference;
    }
    if (all) return String(n);
  }
  return `> ${WORD_COUNTS.at(-1)}`;
}
const midWord = (s: string) => s.slice(randomInt(1, 4), Math.max(5, s.length - randomInt(1, 4)));

console.log(`\nWords of the body an excerpt needs for the mark alone to name the download in all of ${TRACE_TRIALS} trials (at word boundaries / cut mid-word):\n`);
console.log(["mark", ...SAMPLES.map((s) => `${s.name} ${stripMarks(s.body).split(/\s+/).length}w`)].map((c) => c.padEnd(26)).join(""));
for (const type of ["ARTICLE", "SOCIAL_POST"]) {
  const cells = SAMPLES.map((sample) => `${wordsToTrace(sample, type, (s) => s)} / ${wordsToTrace(sample, type, midWord)}`);
  console.log([`${markBudgetFor(type)}${type === "SOCIAL_POST" ? " (SOCIAL_POST)" : " (the others)"}`, ...cells].map((c) => c.padEnd(26)).join(""));
}
console.log("A whole social post always carries its frame(s); a shorter excerpt is found by its wording (below), which names the item and every organisation that took it.\n");

console.log("The posts as a partner pastes them (the body with its mark; X at the mark's heaviest), dense mark before → sparse mark now:");
for (const sample of SAMPLES.slice(0, 2)) {
  const lengthsOf = (type: string) => Object.fromEntries(postLengths(type, sample.body).lengths.map((l) => [l.platform, l.length])) as Record<Platform, number>;
  const [before, after] = [lengthsOf("ARTICLE"), lengthsOf("SOCIAL_POST")];
  console.log(`  ${sample.name}: X ${before.x} → ${after.x} of 280 · Bluesky ${before.bluesky} → ${after.bluesky} of 300 · Threads ${before.threads} → ${after.threads} of 500`);
}
console.log("");

type Transform = { name: string; apply: (s: string) => string };
const TRANSFORMS: Transform[] = [
  { name: "as copied", apply: (s) => s },
  { name: "lines joined, spaces collapsed", apply: (s) => s.replace(/\s+/g, " ").trim() },
  { name: "NFC + smart quotes", apply: (s) => s.normalize("NFC").replace(/'/g, "’") },
  { name: "cut mid-word at both ends", apply: (s) => s.slice(randomInt(1, 4), Math.max(5, s.length - randomInt(1, 4))) },
];

const TRIALS = 400;
const LENGTHS = [2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 30];

function excerpt(marked: string, words: number): string {
  const parts = marked.split(" ");
  const start = randomInt(0, Math.max(1, parts.length - words));
  return parts.slice(start, start + words).join(" ");
}

console.log(`Dense mark (every type but SOCIAL_POST): a frame before every ${MARK_INTERVAL}th word; ${TRIALS} random excerpts per cell, English and Arabic texts.\n`);
console.log(["words", ...TRANSFORMS.map((t) => t.name)].map((c) => c.padEnd(32)).join(""));
for (const n of LENGTHS) {
  const cells = TRANSFORMS.map((transform) => {
    let identified = 0;
    let wrong = 0;
    for (let i = 0; i < TRIALS; i++) {
      const reference = newReference();
      const marked = embedMark(TEXTS[i % TEXTS.length]!, reference);
      const found = extractMarks(transform.apply(excerpt(marked, n)));
      if (found.length === 1 && found[0] === reference) identified += 1;
      else if (found.some((r) => r !== reference)) wrong += 1;
    }
    return `${((identified / TRIALS) * 100).toFixed(1)}%${wrong ? ` (${wrong} wrong)` : ""}`;
  });
  console.log([String(n), ...cells].map((c) => c.padEnd(32)).join(""));
}

// With the marks stripped: how much wording is needed for the text match to name the item.
console.log("\nMarks stripped — text match (share of three-word phrases found in the item; the tracer needs ≥ 50%):");
for (const n of [5, 8, 10, 15, 30]) {
  let matched = 0;
  for (let i = 0; i < TRIALS; i++) {
    const text = TEXTS[i % TEXTS.length]!;
    if (phraseOverlap(excerpt(text, n), text) >= 0.5) matched += 1;
  }
  console.log(`${String(n).padEnd(6)} words: item found in ${((matched / TRIALS) * 100).toFixed(1)}% (names the item and every organisation that downloaded it, not one download)`);
}
