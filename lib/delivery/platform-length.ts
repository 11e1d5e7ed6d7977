// How long a post is where it will be posted: each platform counts in its own way, and an
// invisible mark counts too. Pure, so the rules are tested as a table.
//
// - X counts a weighted length (twitter-text's config v3, the rule X documents as "counting
//   characters"): the text in NFC; a link weighs 23; an emoji (a whole sequence) 2; any other
//   code point 1 in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037, else 2.
//   Arabic, Latin and U+200B weigh 1; U+2060–U+2063, the mark's other characters, weigh 2.
// - Bluesky counts graphemes (its lexicon's maxGraphemes). Each invisible mark character is a
//   grapheme of its own (UAX #29: format characters are Control), so a frame counts in full.
// - Threads, Instagram, LinkedIn, Telegram and Facebook publish no exact rule. They are counted
//   in UTF-16 code units, the largest of the usual counts (an emoji counts 2, sometimes more),
//   so a post that fits by this count fits there.
export const PLATFORMS = ["x", "bluesky", "threads", "instagram", "linkedin", "telegram", "facebook"] as const;
export type Platform = (typeof PLATFORMS)[number];
export type Counting = "x-weighted" | "graphemes" | "utf16";

/** Each platform's limit for a post (Instagram: a caption; Telegram: a message). */
export const PLATFORM_LIMITS: Record<Platform, { limit: number; counting: Counting }> = {
  x: { limit: 280, counting: "x-weighted" },
  bluesky: { limit: 300, counting: "graphemes" },
  threads: { limit: 500, counting: "utf16" },
  instagram: { limit: 2200, counting: "utf16" },
  linkedin: { limit: 3000, counting: "utf16" },
  telegram: { limit: 4096, counting: "utf16" },
  facebook: { limit: 63206, counting: "utf16" },
};

const X_URL_WEIGHT = 23;
const X_LIGHT_RANGES: readonly [number, number][] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

// twitter-text also finds links without "https://" by their top-level domain; this list holds
// the common ones, and a bare domain outside it is counted letter by letter (an overcount
// when it is longer than 23, so the warning errs on the safe side).
const URL = /(?<![\p{L}\p{N}@.])(?:https?:\/\/[^\s<>"]+|(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|int|info|io|co|me|app|dev|news|tv|ly|eu|uk|fr|de|be|ch|ca|us|ma|dz|tn|iq|sy|jo|lb|eg|sa|ae|qa|tr)(?:\/[^\s<>"]*)?)(?<![.,;:!?'")\]])/giu;
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const graphemes = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

function codePointWeight(codePoint: number): number {
  return X_LIGHT_RANGES.some(([start, end]) => codePoint >= start && codePoint <= end) ? 1 : 2;
}

/** X's weighted length: what its 280 applies to. */
export function xWeightedLength(text: string): number {
  const parts = text.normalize("NFC").split(URL);
  return (parts.length - 1) * X_URL_WEIGHT + parts.reduce((sum, part) => sum + graphemes(part).reduce((weight, grapheme) => weight + graphemeWeight(grapheme), 0), 0);
}

function graphemeWeight(grapheme: string): number {
  const codePoints = [...grapheme].map((ch) => ch.codePointAt(0)!);
  // one light code point ("©", "#") stays light even where Unicode calls it pictographic
  if (EMOJI.test(grapheme) && !(codePoints.length === 1 && codePointWeight(codePoints[0]!) === 1)) return 2;
  return codePoints.reduce((sum, codePoint) => sum + codePointWeight(codePoint), 0);
}

export function graphemeLength(text: string): number {
  return graphemes(text).length;
}

export function utf16Length(text: string): number {
  return text.length;
}

const COUNTERS: Record<Counting, (text: string) => number> = { "x-weighted": xWeightedLength, graphemes: graphemeLength, utf16: utf16Length };

/** The text's length as `platform` counts it. */
export function lengthOn(platform: Platform, text: string): number {
  return COUNTERS[PLATFORM_LIMITS[platform].counting](text);
}
