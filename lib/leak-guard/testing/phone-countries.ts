// Mobile numbering of the countries sources live in, enough to write a believable number in
// its national and international forms and to split a written number back into its parts.
import type { Random } from "./prng";

export type PhoneCountry = {
  iso: string;
  callingCode: string;
  /** National trunk prefix dialled before the number at home ("0532…"); empty where there is none. */
  trunk: "0" | "";
  /** Leading digits of mobile ranges; the rest of the national number is random. */
  mobilePrefixes: readonly string[];
  nationalLength: number;
  /** How the national number is usually grouped at home, e.g. Turkey 3-3-2-2. */
  grouping: readonly number[];
};

export const PHONE_COUNTRIES = {
  TR: { iso: "TR", callingCode: "90", trunk: "0", mobilePrefixes: ["530", "532", "533", "535", "536", "538", "541", "542", "543", "545", "551", "552", "555", "505", "506", "507"], nationalLength: 10, grouping: [3, 3, 2, 2] },
  SY: { iso: "SY", callingCode: "963", trunk: "0", mobilePrefixes: ["93", "94", "95", "96", "98", "99"], nationalLength: 9, grouping: [3, 3, 3] },
  IQ: { iso: "IQ", callingCode: "964", trunk: "0", mobilePrefixes: ["750", "751", "770", "771", "780", "781", "790", "772", "773"], nationalLength: 10, grouping: [3, 3, 4] },
  BE: { iso: "BE", callingCode: "32", trunk: "0", mobilePrefixes: ["470", "471", "472", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "489", "495", "496", "497", "498", "499"], nationalLength: 9, grouping: [3, 2, 2, 2] },
  FR: { iso: "FR", callingCode: "33", trunk: "0", mobilePrefixes: ["6", "7"], nationalLength: 9, grouping: [1, 2, 2, 2, 2] },
  GB: { iso: "GB", callingCode: "44", trunk: "0", mobilePrefixes: ["74", "75", "77", "78", "79"], nationalLength: 10, grouping: [4, 6] },
  DE: { iso: "DE", callingCode: "49", trunk: "0", mobilePrefixes: ["151", "152", "157", "160", "162", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"], nationalLength: 11, grouping: [3, 8] },
  SA: { iso: "SA", callingCode: "966", trunk: "0", mobilePrefixes: ["50", "53", "54", "55", "56", "58", "59"], nationalLength: 9, grouping: [2, 3, 4] },
  KW: { iso: "KW", callingCode: "965", trunk: "", mobilePrefixes: ["5", "6", "9"], nationalLength: 8, grouping: [4, 4] },
  TN: { iso: "TN", callingCode: "216", trunk: "", mobilePrefixes: ["2", "5", "9"], nationalLength: 8, grouping: [2, 3, 3] },
  MA: { iso: "MA", callingCode: "212", trunk: "0", mobilePrefixes: ["61", "62", "65", "66", "67", "68", "70", "77"], nationalLength: 9, grouping: [3, 2, 2, 2] },
  DZ: { iso: "DZ", callingCode: "213", trunk: "0", mobilePrefixes: ["55", "66", "69", "77", "79"], nationalLength: 9, grouping: [3, 2, 2, 2] },
} as const satisfies Record<string, PhoneCountry>;

export type PhoneCountryCode = keyof typeof PHONE_COUNTRIES;

/** A mobile number as its parts; `formatPhone` writes it. */
export type PhoneNumber = { country: PhoneCountry; national: string };

export function randomMobile(random: Random, iso: PhoneCountryCode): PhoneNumber {
  const country: PhoneCountry = PHONE_COUNTRIES[iso];
  let national = random.pick(country.mobilePrefixes);
  while (national.length < country.nationalLength) national += String(random.int(0, 9));
  return { country, national };
}

/** Splits digits into the given group sizes; the last group takes whatever is left. */
export function groupDigits(digits: string, grouping: readonly number[]): string[] {
  const groups: string[] = [];
  let at = 0;
  grouping.forEach((size, index) => {
    const end = index === grouping.length - 1 ? digits.length : Math.min(digits.length, at + size);
    if (end > at) groups.push(digits.slice(at, end));
    at = end;
  });
  return groups;
}

export type PhoneStyle = "international" | "e164" | "local" | "double-zero";

/**
 * The forms editors actually type: "+90 532 418 77 09", "+905324187709", "0532 418 77 09",
 * "0090 532 418 77 09". Local numbers keep the trunk zero where the country has one.
 */
export function formatPhone(phone: PhoneNumber, style: PhoneStyle): string {
  const { country, national } = phone;
  const grouped = groupDigits(national, country.grouping).join(" ");
  switch (style) {
    case "international":
      return `+${country.callingCode} ${grouped}`;
    case "e164":
      return `+${country.callingCode}${national}`;
    case "double-zero":
      return `00${country.callingCode} ${grouped}`;
    case "local": {
      const [first = "", ...rest] = groupDigits(national, country.grouping);
      return [country.trunk + first, ...rest].join(" ");
    }
  }
}

const BY_CALLING_CODE = Object.values(PHONE_COUNTRIES).sort((a, b) => b.callingCode.length - a.callingCode.length);

/**
 * Reads a written number back into parts: "+90 532…" or "0090 532…" by its calling code; a
 * number without one ("0532 418 77 09") has no known country and keeps the trunk it was
 * written with, so it can be rewritten the same way.
 */
export function parsePhone(written: string): { country: PhoneCountry | null; national: string; writtenTrunk: "0" | "" } {
  const digits = written.replace(/\D/g, "");
  const international = /^\s*\+/.test(written) ? digits : digits.startsWith("00") ? digits.slice(2) : null;
  if (international !== null) {
    const country = BY_CALLING_CODE.find((c) => international.startsWith(c.callingCode)) ?? null;
    if (country) return { country, national: international.slice(country.callingCode.length), writtenTrunk: "" };
    return { country: null, national: international, writtenTrunk: "" };
  }
  const writtenTrunk = digits.startsWith("0") ? "0" : "";
  return { country: null, national: digits.slice(writtenTrunk.length), writtenTrunk };
}
