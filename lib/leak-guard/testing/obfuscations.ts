// Ways an identifier gets written so that a person reading the rendered item still reads it,
// while a plain string match on the stored text finds nothing. Used to measure the leak
// guard's recall: every output here must be blocked. What each one imitates:
//
// Markup inside a word (obfuscations/markup.ts), in a Markdown body:
//   htmlCommentInWord "Ra<!---->shid", emphasisInWord "Ra**sh**id", codeSpanInWord "Ra`sh`id",
//   htmlTagInWord "Ra<b>sh</b>id" — an editor styling part of a word, or deliberate evasion.
//   underscoreEmphasisOnWord "_Abu_ Hamza" — whole words only: CommonMark does not render "_"
//   emphasis inside a word. decimalEntityInWord "R&#97;shid", hexEntityInWord "R&#x61;shid",
//   namedEntityInWord "&Scedil;ahin" / "Ra&shy;shid" — HTML exported by word processors, or evasion.
// Invisible characters (obfuscations/invisible.ts): invisibleInWord, invisibleBetweenAllLetters
//   (U+200B, U+00AD, U+2060, U+200C, U+200D, U+FEFF, U+180E, variation selectors) — PDF and web
//   copies carry soft hyphens and byte-order marks; zero-width spaces are the evader's favourite.
// Look-alikes (obfuscations/lookalike.ts, math-alphanumerics.ts): cyrillicLookalikes "Rаshid",
//   greekLookalikes, fullwidthForms "Ｒａｓｈｉｄ" (East Asian input), mathAlphanumerics "𝐑𝐚𝐬𝐡𝐢𝐝"
//   ("fancy text" for social media), rightToLeftOverride U+202E "dihsaR" U+202C (evasion).
// Arabic (obfuscations/arabic-letters.ts, arabic-presentation-forms.ts): arabicPresentationForms
//   "ﻣﺤﻤﺪ" (PDF copy), persianKeyboardLetters / kurdishKeyboardLetters "کریم" (keyboard habit),
//   tatweelInWord "مـحمد", withTashkeel "مُحَمَّد", alifHamzaVariant "ابو", alifMaqsuraYaSwap "على",
//   taMarbutaHaSwap "حمزه", zeroWidthNonJoinerInArabicWord — spelling habits of writers and keyboards.
// Digits (obfuscations/digits.ts): digitsInScript "٠٥٣٢", mixedDigitScripts "0٥۳２" — Arabic and
//   Persian keyboards; fullwidth, mathematical and Devanagari digits are deliberate.
// Phones (obfuscations/phone-formats.ts): with +CC, 00CC, trunk 0 or neither, grouped "0532 418 77 09",
//   "0532-418-7709", "0532 - 418 - 77 - 09", "0532·418·7709", "0532.418.77.09", "(0532) 418 7709",
//   "0532 418 **77 09**", split by a line break or a zero-width space — whoever typed it.
// Line wraps (obfuscations/line-wraps.ts): lineBreakBetweenWords "Tal\nAbyad", hyphenatedLineBreak
//   "Ra-\nshid", either with CRLF — text copied from PDFs and e-mails.
import fc from "fast-check";
import type { IdentifierType } from "@/lib/redaction/detector/types";
import { DIGIT_SCRIPTS, mixedDigitScripts } from "./obfuscations/digits";
import { INVISIBLES, invisibleInWord, type InvisibleName } from "./obfuscations/invisible";
import { PHONE_LAYOUTS, type PhoneLayout, type PhonePrefix } from "./obfuscations/phone-formats";
import { OBFUSCATION_NAMES, PHASES, compatible, obfuscation, type ObfuscationName, type ObfuscationStep } from "./obfuscations/registry";

export * from "./obfuscations/arabic-letters";
export * from "./obfuscations/arabic-presentation-forms";
export * from "./obfuscations/digits";
export * from "./obfuscations/invisible";
export * from "./obfuscations/line-wraps";
export * from "./obfuscations/lookalike";
export * from "./obfuscations/markup";
export * from "./obfuscations/math-alphanumerics";
export * from "./obfuscations/phone-formats";
export { OBFUSCATIONS, OBFUSCATION_NAMES, compatible, type ObfuscationName, type ObfuscationStep } from "./obfuscations/registry";

/**
 * Applies the steps in phase order (spelling, insertion, glyphs, wrap, markup, bidi), each only
 * if it still applies to the text as it stands. Deterministic: the same steps give the same text.
 */
export function composeObfuscations(text: string, steps: readonly ObfuscationStep[]): string {
  const ordered = [...steps].sort((a, b) => PHASES.indexOf(obfuscation(a.name).phase) - PHASES.indexOf(obfuscation(b.name).phase));
  return ordered.reduce((current, step) => {
    const { appliesTo, apply } = obfuscation(step.name);
    return appliesTo(current) ? apply(current, step.at, step.variant) : current;
  }, text);
}

/** Keeps each name that is compatible with those kept before it (the first always stays). */
export function compatibleSubset(names: readonly ObfuscationName[]): ObfuscationName[] {
  const kept: ObfuscationName[] = [];
  for (const name of names) if (compatible(kept, name)) kept.push(name);
  return kept;
}

/** A random sequence of 1–4 mutually compatible obfuscations that apply to `text`. */
export function obfuscationSteps(text: string): fc.Arbitrary<ObfuscationStep[]> {
  const candidates = OBFUSCATION_NAMES.filter((name) => obfuscation(name).appliesTo(text));
  if (candidates.length === 0) return fc.constant([]);
  const params = fc.array(fc.tuple(fc.nat(999), fc.nat(999)), { minLength: 4, maxLength: 4 });
  return fc
    .tuple(fc.shuffledSubarray(candidates, { minLength: 1, maxLength: Math.min(4, candidates.length) }), params)
    .map(([names, values]) =>
      compatibleSubset(names).map((name, i) => ({ name, at: values[i]?.[0] ?? 0, variant: values[i]?.[1] ?? 0 })),
    );
}

export type ObfuscatableEntry = { text: string; type?: IdentifierType; variants?: readonly string[] };

export type ObfuscationCase = { form: string; obfuscated: string; steps: readonly ObfuscationStep[] | string };

/**
 * One written form of the entry (its text or a variant) and an obfuscation of it, with the
 * steps taken so a failing case can be reported. CONTACT entries go through `obfuscatedPhone`.
 */
export function obfuscationCase(entry: ObfuscatableEntry): fc.Arbitrary<ObfuscationCase> {
  const form = fc.constantFrom(entry.text, ...(entry.variants ?? []));
  if (entry.type === "CONTACT") {
    return form.chain((phone) => phoneCase(phone).map(({ obfuscated, description }) => ({ form: phone, obfuscated, steps: description })));
  }
  return form.chain((text) => obfuscationSteps(text).map((steps) => ({ form: text, obfuscated: composeObfuscations(text, steps), steps })));
}

export function obfuscatedIdentifier(entry: ObfuscatableEntry): fc.Arbitrary<string> {
  return obfuscationCase(entry).map((c) => c.obfuscated);
}

const PREFIXES: readonly PhonePrefix[] = ["plus", "double-zero", "trunk", "none"];
const LAYOUTS = Object.keys(PHONE_LAYOUTS) as PhoneLayout[];
const INVISIBLE_NAMES = Object.keys(INVISIBLES) as InvisibleName[];

function phoneCase(phone: string): fc.Arbitrary<{ obfuscated: string; description: string }> {
  return fc
    .record({
      prefix: fc.constantFrom(...PREFIXES),
      layout: fc.constantFrom(...LAYOUTS),
      digits: fc.option(fc.array(fc.constantFrom(...DIGIT_SCRIPTS), { minLength: 1, maxLength: 3 }), { freq: 2 }),
      invisible: fc.option(fc.tuple(fc.constantFrom(...INVISIBLE_NAMES), fc.nat(99)), { freq: 3 }),
    })
    .map(({ prefix, layout, digits, invisible }) => {
      let written = PHONE_LAYOUTS[layout](phone, prefix);
      if (digits) written = mixedDigitScripts(written, digits);
      if (invisible) written = invisibleInWord(written, invisible[1], invisible[0]);
      const description = [layout, prefix, digits ? `digits:${digits.join("+")}` : "", invisible ? `invisible:${invisible[0]}` : ""].filter(Boolean).join(" ");
      return { obfuscated: written, description };
    });
}

/** A phone number in any prefix and layout, its digits possibly in other scripts, possibly with an invisible character. */
export function obfuscatedPhone(phone: string): fc.Arbitrary<string> {
  return phoneCase(phone).map((c) => c.obfuscated);
}
