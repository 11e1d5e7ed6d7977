// The many ways one phone number is written. A number copied from a contact card has "+90",
// one dictated in Turkey starts "0532", one noted by a foreigner has neither; the grouping
// follows whoever typed it; a Markdown editor may bold the last digits or wrap the line.
import { groupDigits, parsePhone } from "../phone-countries";

export type PhonePrefix = "plus" | "double-zero" | "trunk" | "none";

type Parts = { lead: string; national: string; gluedLead: boolean };

/** The number's lead ("+90", "0090", the trunk "0", or nothing) and national digits. */
function partsOf(phone: string, prefix: PhonePrefix): Parts {
  const { country, national, writtenTrunk } = parsePhone(phone);
  // Without a known calling code the number can only be written nationally.
  const effective = country === null && (prefix === "plus" || prefix === "double-zero") ? "trunk" : prefix;
  switch (effective) {
    case "plus": return { lead: `+${country?.callingCode ?? ""}`, national, gluedLead: false };
    case "double-zero": return { lead: `00${country?.callingCode ?? ""}`, national, gluedLead: false };
    case "trunk": return { lead: country?.trunk ?? writtenTrunk, national, gluedLead: true };
    case "none": return { lead: "", national, gluedLead: true };
  }
}

function grouping(phone: string, national: string): readonly number[] {
  const { country } = parsePhone(phone);
  return country?.grouping ?? (national.length > 9 ? [3, 3, 2, 2] : [3, 3, 3]);
}

/** Writes the groups with `separator`; a trunk zero sticks to the first group ("0532"). */
function joined(parts: Parts, groups: string[], separator: string): string {
  const [first = "", ...rest] = groups;
  if (parts.gluedLead) return [parts.lead + first, ...rest].join(separator);
  return [parts.lead, first, ...rest].join(separator);
}

const nationalGroups = (phone: string, parts: Parts) => groupDigits(parts.national, grouping(phone, parts.national));
const threeThreeRest = (parts: Parts) => groupDigits(parts.national, [3, 3, 99]);

/** "0532 418 77 09": the country's own grouping with spaces. */
export function phoneSpaced(phone: string, prefix: PhonePrefix = "trunk"): string {
  const parts = partsOf(phone, prefix);
  return joined(parts, nationalGroups(phone, parts), " ");
}

/** "0532-418-7709". */
export function phoneDashed(phone: string, prefix: PhonePrefix = "trunk"): string {
  const parts = partsOf(phone, prefix);
  return joined(parts, threeThreeRest(parts), "-");
}

/** "0532 - 418 - 77 - 09". */
export function phoneSpacedDashes(phone: string, prefix: PhonePrefix = "trunk"): string {
  const parts = partsOf(phone, prefix);
  return joined(parts, nationalGroups(phone, parts), " - ");
}

/** "0532·418·7709": middle dots, common in designed layouts. */
export function phoneMiddleDots(phone: string, prefix: PhonePrefix = "trunk"): string {
  const parts = partsOf(phone, prefix);
  return joined(parts, threeThreeRest(parts), "·");
}

/** "0532.418.77.09": dots, the French and Belgian habit. */
export function phoneDotted(phone: string, prefix: PhonePrefix = "trunk"): string {
  const parts = partsOf(phone, prefix);
  return joined(parts, nationalGroups(phone, parts), ".");
}

/** "(0532) 418 7709", or "+90 (532) 418 7709" with a calling code. */
export function phoneParenthesisedArea(phone: string, prefix: PhonePrefix = "trunk"): string {
  const parts = partsOf(phone, prefix);
  const [area = "", ...rest] = threeThreeRest(parts);
  const bracketed = parts.gluedLead ? `(${parts.lead}${area})` : `${parts.lead} (${area})`;
  return [bracketed, ...rest].join(" ");
}

/** "0532 418 **77 09**": the last groups in Markdown bold, as an editor highlights them. */
export function phoneBoldTail(phone: string, prefix: PhonePrefix = "trunk"): string {
  const spaced = phoneSpaced(phone, prefix).split(" ");
  const tail = Math.max(1, Math.floor(spaced.length / 2));
  return `${spaced.slice(0, -tail).join(" ")} **${spaced.slice(-tail).join(" ")}**`;
}

/** "0532 418\n77 09": a line wrap in the middle of the number. */
export function phoneSplitByNewline(phone: string, prefix: PhonePrefix = "trunk", newline = "\n"): string {
  const groups = phoneSpaced(phone, prefix).split(" ");
  const cut = Math.ceil(groups.length / 2);
  return `${groups.slice(0, cut).join(" ")}${newline}${groups.slice(cut).join(" ")}`;
}

/** "053241\u200B87709": the digits run together with a zero-width space in the middle. */
export function phoneSplitByZeroWidthSpace(phone: string, prefix: PhonePrefix = "trunk"): string {
  const digits = phoneSpaced(phone, prefix).replace(/ /g, "");
  const cut = Math.ceil(digits.length / 2);
  return `${digits.slice(0, cut)}\u200B${digits.slice(cut)}`;
}

export const PHONE_LAYOUTS = {
  phoneSpaced, phoneDashed, phoneSpacedDashes, phoneMiddleDots, phoneDotted,
  phoneParenthesisedArea, phoneBoldTail, phoneSplitByNewline, phoneSplitByZeroWidthSpace,
} as const;

export type PhoneLayout = keyof typeof PHONE_LAYOUTS;
