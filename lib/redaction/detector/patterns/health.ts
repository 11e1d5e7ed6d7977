// Health conditions and injuries: "diagnosed with paranoid schizophrenia", "a fracture of the
// left kneecap", "loss of vision in his left eye", "total disability", "شلل في ساقه". A war
// wound or an illness is as distinctive as a scar (see descriptions.ts), and is reported as
// a DESCRIPTION with the words that say where it is.
import { words, type PatternRule } from "./rule";

/** What a cue introduces: up to five words, stopping at punctuation or a clause word. */
const CONDITION = "(?:(?!(?:and|but|which|who|that|when|after|before|because|since|so|he|she|they|it|was|were|is|had|has)\\b)[\\p{L}'’-]+(?:\\s+|$)){1,5}";
/** Illness words by their medical suffix: arthritis, arthrosis, neuropathy, neuralgia, schizophrenia, paraplegia, anaemia. */
const MEDICAL_WORD = "[\\p{L}‑-]*(?:itis|osis|pathy|algia|phrenia|plegia|plegic|aemia|emia|trophy|opia|sciatica)";
const NOT_MEDICAL = /^(?:diagnosis|prognosis|hypnosis|osmosis|sympathy|empathy|apathy|antipathy|telepathy|homeopathy|nostalgia|academia|trophy|metamorphosis|symbiosis|utopia|cornucopia|ethiopia)$/i;

const SUFFIX_END = /(?:itis|osis|pathy|algia|phrenia|plegia|plegic|aemia|emia|trophy|opia|sciatica)(?![\p{L}\p{M}])/giu;
const WORD_PART = /[\p{L}\p{M}‑-]/u;

/** Where a word with a medical suffix starts: found from the suffix, then back to the word's first letter. */
function medicalWordStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(SUFFIX_END)) {
    let start = m.index;
    // a word is short: a run of letters longer than 40 is not one, and is not walked twice
    const floor = Math.max(0, m.index - 40, starts[starts.length - 1] ?? 0);
    while (start > floor && WORD_PART.test(text[start - 1] ?? "")) start--;
    if (start === floor && start > 0 && WORD_PART.test(text[start - 1] ?? "")) continue;
    if (starts[starts.length - 1] !== start) starts.push(start);
  }
  return starts;
}

export const HEALTH_RULES: readonly PatternRule[] = [
  // skin colour said of a person: "a black woman", "the white fighter"
  { type: "DESCRIPTION", name: "skin-colour", triggers: words("black", "white", "dark-skinned", "light-skinned", "fair-skinned", "mixed-race", "albino"), re: /\b(?:black|white|dark-skinned|light-skinned|fair-skinned|mixed-race|albino)\s+(?:man|woman|men|women|boy|girl|person|people|guy|fighter|fighters|brother|sister|recruit|emir|guard)\b/giu, script: "latin" },
  { type: "DESCRIPTION", name: "health-condition", triggers: words("diagnosed", "suffering", "suffers", "suffered", "treated", "sick", "ill"), re: new RegExp(`\\b(?:diagnosed\\s+(?:with|as\\s+having)|suffering\\s+from|suffers\\s+from|suffered\\s+from|treated\\s+for|sick\\s+with|ill\\s+with)\\s+(?:an?\\s+|the\\s+)?(${CONDITION})`, "giu"), group: 1, script: "latin" },
  // "arthrosis of the whole spinal column", "mild gonarthrosis": tried only where a word ends in a medical suffix
  { type: "DESCRIPTION", name: "health-condition", starts: medicalWordStarts, re: new RegExp(`${MEDICAL_WORD}(?![\\p{L}\\p{M}])(?:\\s+(?:of|in|at)\\s+(?:the\\s+|his\\s+|her\\s+|my\\s+)?(?:(?:left|right|upper|lower|whole)\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?`, "giu"), accept: (text, start, end) => !NOT_MEDICAL.test(/[\p{L}‑-]+/u.exec(text.slice(start, end))?.[0] ?? ""), extendBack: /(?<![\p{L}\p{M}])(?:mild|severe|chronic|acute|paranoid|calcifying|degenerative|post-traumatic|psychotic|lateral|total|partial|permanent)\s+$/iu, script: "latin" },
  // "a fracture of the left kneecap", "fractured skull", "loss of vision in his left eye"
  { type: "DESCRIPTION", name: "health-condition", triggers: words("fracture", "fractures", "fractured", "broken", "loss", "lost", "paralysed", "paralyzed", "paralysis", "blind", "deaf", "disability", "disabled", "total", "partial", "permanent", "severe", "invalid", "amputation", "concussion", "epilepsy", "diabetes", "cancer", "tuberculosis", "psychosis", "depression", "trauma", "ptsd"), re: /\b(?:(?:fractures?|fractured)\s+(?:of\s+)?(?:the\s+|his\s+|her\s+|my\s+)?(?:(?:left|right|upper|lower|\d+(?:st|nd|rd|th))\s+)*[\p{L}-]+(?:\s+(?:vertebra|bone|bones))?|broken\s+(?:left\s+|right\s+)?(?:leg|arm|hand|foot|back|hip|jaw|neck|spine|ribs?)|loss\s+of\s+(?:vision|sight|hearing|the\s+use\s+of)(?:\s+(?:in|of)\s+(?:his|her|my|the)\s+(?:left|right)\s+(?:eye|ear|arm|leg|hand))?|paraly[sz]ed(?:\s+(?:from\s+the\s+waist\s+down|on\s+(?:one|the\s+(?:left|right))\s+side))?|paralysis|(?:total|partial|permanent|severe|\d+\s?%)\s+disability|(?<=\b(?:with|has|had|have|a|his|her|my)\s+(?:a\s+)?)disability|epilepsy|diabetes|cancer|tuberculosis|psychosis|ptsd|post-traumatic\s+stress(?:\s+disorder)?)\b/giu, script: "latin" },
];
