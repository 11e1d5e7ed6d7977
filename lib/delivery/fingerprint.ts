// Per-download fingerprints. Every file a partner takes away carries its download's
// reference twice: as a visible line ("Prepared for ORG · ref ABCD-1234") and as an
// invisible mark woven into the text, so a copied excerpt still leads back to the download.
//
// The invisible mark: the reference's 40 bits (8 Crockford base-32 characters) plus an
// 8-bit checksum, written in base 4 with four default-ignorable format characters
// (U+200B, U+2060, U+2061, U+2062) after a start character (U+2063): a 25-character
// "frame" that renders as nothing. Densely marked text has a frame in the gap before every
// MARK_INTERVAL-th word, so any excerpt of MARK_INTERVAL + 1 words holds a whole frame;
// sparsely marked text (a social post, mark-budget.ts) has one or two. Copy-and-paste
// keeps these characters (browsers, word processors and chat apps copy them as text);
// they are Unicode joining-transparent, so Arabic letters next to them keep their shapes.
// ZWJ/ZWNJ are deliberately not used: they change Arabic joining.
// Retyping or a "remove invisible characters" filter defeats the mark; the visible line
// and the text match of the trace page (trace-leak.ts) are the fallbacks.
// `npm run bench:fingerprint` measures how many words of an excerpt identify a download.
import { randomInt } from "node:crypto";
import type { RenderLocale } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translate";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
const DIGITS = ["\u200B", "\u2060", "\u2061", "\u2062"] as const;
const START = "\u2063";
const REFERENCE_BITS = 40;
const CHECK_BITS = 8;
const FRAME_DIGITS = (REFERENCE_BITS + CHECK_BITS) / 2;
export const MARK_INTERVAL = 5;
/** Characters one frame adds. A shorter frame would need fewer reference or checksum bits, or more kinds of invisible character (fewer survive platforms and keep Arabic shapes). */
export const FRAME_LENGTH = 1 + FRAME_DIGITS;

const FRAME_PATTERN = new RegExp(`${START}([${DIGITS.join("")}]{${FRAME_DIGITS}})`, "gu");
const MARK_CHARACTERS = new RegExp(`[${START}${DIGITS.join("")}]`, "gu");
export const REFERENCE_PATTERN = /\b([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})\b/g;

/** A fresh reference such as "7K2M-Q9XD" (40 random bits). */
export function newReference(): string {
  let code = "";
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(32)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The visible line in the recipient organisation's language; the reference reads the same in every one. */
export function visibleLine(organisation: string, reference: string, locale: RenderLocale = "en"): string {
  return translate(locale, "delivery.preparedFor", { organisation, reference });
}

function referenceBits(reference: string): bigint {
  let bits = 0n;
  for (const ch of reference.replace("-", "")) {
    const value = ALPHABET.indexOf(ch);
    if (value < 0) throw new Error("Not a download reference.");
    bits = (bits << 5n) | BigInt(value);
  }
  return bits;
}

function referenceFromBits(bits: bigint): string {
  let code = "";
  for (let i = 7; i >= 0; i--) code += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

// Sum of the five bytes, inverted: enough to reject a frame damaged by an edit.
function checksum(bits: bigint): bigint {
  let sum = 0n;
  for (let i = 0; i < 5; i++) sum += (bits >> BigInt(i * 8)) & 0xffn;
  return ~sum & 0xffn;
}

export function markFrame(reference: string): string {
  const bits = referenceBits(reference);
  const word = (bits << BigInt(CHECK_BITS)) | checksum(bits);
  let frame = START;
  for (let i = FRAME_DIGITS - 1; i >= 0; i--) frame += DIGITS[Number((word >> BigInt(i * 2)) & 3n)];
  return frame;
}

/**
 * The text with a frame before every MARK_INTERVAL-th markable word: a word that starts with
 * a letter or digit and follows a space. Never at the start of a line (Markdown reads "1." or
 * "#" there), never inside a word, a URL, a fenced or indented code block.
 */
export function embedMark(text: string, reference: string): string {
  return weave(text, markFrame(reference), (gap) => gap % MARK_INTERVAL === 0);
}

/**
 * The text with `frames` frames only, spread evenly over its markable words (one in the
 * middle, two at a quarter and three quarters): a short mark for text that has to stay short.
 */
export function embedSparseMark(text: string, reference: string, frames: number): string {
  const gaps = markableGaps(text);
  const chosen = new Set(Array.from({ length: Math.min(frames, gaps) }, (_, i) => Math.floor((gaps * (2 * i + 1)) / (2 * frames))));
  return weave(text, markFrame(reference), (gap) => chosen.has(gap));
}

/** How many gaps of the text could take a frame. */
export function markableGaps(text: string): number {
  let gaps = 0;
  weave(text, "", () => {
    gaps += 1;
    return false;
  });
  return gaps;
}

// Calls `frameHere` with each markable gap's number (from 0) in reading order.
function weave(text: string, frame: string, frameHere: (gap: number) => boolean): string {
  let gap = 0;
  let fenced = false;
  return text
    .split("\n")
    .map((line) => {
      if (/^\s{0,3}(```|~~~)/.test(line)) {
        fenced = !fenced;
        return line;
      }
      if (fenced || /^( {4}|\t)/.test(line)) return line;
      // any space, the no-break kinds included: Arabic and French keyboards and word processors put them between words
      return line.replace(/([\p{Zs}\t])(?=[\p{L}\p{N}])/gu, (space: string) => (frameHere(gap++) ? space + frame : space));
    })
    .join("\n");
}

/** A frame's length of its heaviest characters on X (U+2062 weighs 2 there, U+200B 1): for counting the most a frame can add, never for marking. */
export function heaviestFrameStandIn(): string {
  return START + DIGITS[3].repeat(FRAME_DIGITS);
}

/** Every intact reference hidden in the text, in order of first appearance. */
export function extractMarks(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(FRAME_PATTERN)) {
    let word = 0n;
    for (const ch of match[1]!) word = (word << 2n) | BigInt(DIGITS.indexOf(ch as (typeof DIGITS)[number]));
    const bits = word >> BigInt(CHECK_BITS);
    if ((word & 0xffn) === checksum(bits)) found.add(referenceFromBits(bits));
  }
  return [...found];
}

/** Visible "ref ABCD-1234" references printed in the text. */
export function extractVisibleReferences(text: string): string[] {
  return [...new Set([...text.toUpperCase().matchAll(REFERENCE_PATTERN)].map((m) => `${m[1]}-${m[2]}`))];
}

export function stripMarks(text: string): string {
  return text.replace(MARK_CHARACTERS, "");
}
