// How many words of a leaked excerpt identify the download it came from?
// Marks fictional delivered texts (English and Arabic), cuts random excerpts of n words,
// passes them through what copy-and-paste does to text, and counts how often the
// invisible mark alone still names the right download. Prints a table; no assertions.
//   npm run bench:fingerprint
import { randomInt } from "node:crypto";
import { embedMark, extractMarks, MARK_INTERVAL, newReference } from "@/lib/delivery/fingerprint";
import { phraseOverlap } from "@/lib/delivery/text-overlap";

const TEXTS = [
  "When I joined they promised us a state built on justice, where every Muslim would be protected and fed. What we found was hunger, not a caliphate. The commanders lived in the villas of the people they had driven out, and the fighters shared stale bread at the checkpoints. Anyone who asked where the money went was called a traitor. I watched them kill Muslims who had done nothing but pray in the wrong mosque, and that is when I decided to leave. They were fighting other rebels instead of the regime, and the foreign fighters were paid three times what we were paid.",
  "وعدونا بدولة العدل وأن كل مسلم سيكون آمناً وشبعاناً، فوجدنا الجوع لا الخلافة. كان الأمراء يسكنون بيوت الناس الذين طردوهم، والمقاتلون يتقاسمون الخبز اليابس على الحواجز. كل من سأل أين ذهبت الأموال سموه خائناً. رأيتهم يقتلون مسلمين لم يفعلوا شيئاً سوى الصلاة في المسجد الخطأ، وعندها قررت أن أترك. كانوا يقاتلون الفصائل الأخرى بدل النظام، وكان المقاتلون الأجانب يأخذون ثلاثة أضعاف رواتبنا.",
];

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

console.log(`Invisible mark: a frame before every ${MARK_INTERVAL}th word; ${TRIALS} random excerpts per cell, English and Arabic texts.\n`);
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
