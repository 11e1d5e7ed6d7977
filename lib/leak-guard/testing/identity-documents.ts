// Identity and passport numbers in the shapes of the documents sources carry. Where a
// document has a check digit (Turkish kimlik, Belgian national number) it is computed, so a
// guard that validates checksums sees numbers it must accept.
import type { Random } from "./prng";

const digits = (random: Random, count: number) => Array.from({ length: count }, () => random.int(0, 9)).join("");
const letters = (random: Random, count: number, alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ") =>
  Array.from({ length: count }, () => alphabet[random.int(0, alphabet.length - 1)]).join("");

/** Turkish T.C. kimlik no: 11 digits, the last two check digits. */
export function turkishIdentityNumber(random: Random): string {
  const d = [random.int(1, 9), ...Array.from({ length: 8 }, () => random.int(0, 9))];
  const odd = (d[0] ?? 0) + (d[2] ?? 0) + (d[4] ?? 0) + (d[6] ?? 0) + (d[8] ?? 0);
  const even = (d[1] ?? 0) + (d[3] ?? 0) + (d[5] ?? 0) + (d[7] ?? 0);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (d.reduce((sum, x) => sum + x, 0) + tenth) % 10;
  return [...d, tenth, eleventh].join("");
}

/** Belgian national register number YY.MM.DD-SSS.CC, check = 97 − (YYMMDDSSS mod 97) for births before 2000. */
export function belgianNationalNumber(random: Random): string {
  const yy = String(random.int(70, 99)).padStart(2, "0");
  const mm = String(random.int(1, 12)).padStart(2, "0");
  const dd = String(random.int(1, 28)).padStart(2, "0");
  const serial = String(random.int(1, 998)).padStart(3, "0");
  const check = String(97 - (Number(`${yy}${mm}${dd}${serial}`) % 97)).padStart(2, "0");
  return `${yy}.${mm}.${dd}-${serial}.${check}`;
}

export type DocumentKind =
  | "syrian-national-number" | "syrian-passport" | "iraqi-national-card" | "iraqi-passport" | "turkish-kimlik"
  | "belgian-national-number" | "french-passport" | "british-passport" | "german-id-card" | "saudi-national-id"
  | "tunisian-cin" | "moroccan-cin";

/** One document number, written as it appears on the document or in a case file. */
export function documentNumber(random: Random, kind: DocumentKind): string {
  switch (kind) {
    case "syrian-national-number": return `0${random.int(1, 9)}${digits(random, 9)}`;
    case "syrian-passport": return `N${digits(random, 9)}`;
    case "iraqi-national-card": return `${random.int(1, 2)}${digits(random, 11)}`;
    case "iraqi-passport": return `A${digits(random, 8)}`;
    case "turkish-kimlik": return turkishIdentityNumber(random);
    case "belgian-national-number": return belgianNationalNumber(random);
    case "french-passport": return `${digits(random, 2)}${letters(random, 2)}${digits(random, 5)}`;
    case "british-passport": return `${random.int(1, 9)}${digits(random, 8)}`;
    case "german-id-card": return letters(random, 1, "CFGHJKLMNPRTVWXYZ") + letters(random, 8, "CFGHJKLMNPRTVWXYZ0123456789");
    case "saudi-national-id": return `1${digits(random, 9)}`;
    case "tunisian-cin": return `${random.int(0, 1)}${digits(random, 7)}`;
    case "moroccan-cin": return `${letters(random, random.int(1, 2))}${random.int(1, 9)}${digits(random, 5)}`;
  }
}
