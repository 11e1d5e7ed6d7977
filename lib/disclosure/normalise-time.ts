// Ages and dates as comparable values: "a 31-year-old" and "I was 31" are one age;
// "in the summer of 2014" and "صيف ٢٠١٤" are one season; precision decides the weight.
import { factOf, type QuasiFact } from "./quasi-kinds";
import { firstNumber, foldValue, westernDigits } from "./fold-value";

const DECADES: Record<string, string> = {
  teens: "teens", twenties: "20s", thirties: "30s", forties: "40s", fifties: "50s", sixties: "60s", seventies: "70s", eighties: "80s",
  عشرين: "20s", عشرينات: "20s", عشرينيات: "20s", ثلاثين: "30s", ثلاثينات: "30s", ثلاثينيات: "30s", اربعين: "40s", اربعينات: "40s", اربعينيات: "40s", خمسين: "50s", خمسينات: "50s", خمسينيات: "50s",
};

export function ageFact(text: string): QuasiFact {
  const folded = foldValue(text);
  const decade = /\b([2-8]0)s\b/.exec(folded)?.[1] ?? folded.split(" ").map((w) => DECADES[w]).find(Boolean);
  if (decade) return factOf("age-range", decade.endsWith("s") ? decade : `${decade}s`);
  const n = firstNumber(text);
  if (n !== null && n > 0 && n < 120) return factOf("age-exact", String(n));
  // Arabic ordinals and number words: the words themselves are the value
  return factOf("age-exact", folded);
}

const MONTHS: [RegExp, number][] = [
  [/^(?:jan(?:uary)?|janvier|ocak|يناير|كانون ثاني)$/, 1],
  [/^(?:feb(?:ruary)?|fevrier|subat|şubat|فبراير|شباط)$/, 2],
  [/^(?:mar(?:ch)?|mars|mart|مارس|اذار)$/, 3],
  [/^(?:apr(?:il)?|avril|nisan|ابريل|نيسان)$/, 4],
  [/^(?:may|mai|mayis|mayıs|مايو|ايار)$/, 5],
  [/^(?:jun(?:e)?|juin|haziran|يونيو|يونيه|حزيران)$/, 6],
  [/^(?:jul(?:y)?|juillet|temmuz|يوليو|يوليه|تموز)$/, 7],
  [/^(?:aug(?:ust)?|aout|agustos|ağustos|اغسطس|اب)$/, 8],
  [/^(?:sep(?:t(?:ember)?)?|septembre|eylul|eylül|سبتمبر|ايلول)$/, 9],
  [/^(?:oct(?:ober)?|octobre|ekim|اكتوبر|تشرين اول)$/, 10],
  [/^(?:nov(?:ember)?|novembre|kasim|kasım|نوفمبر|تشرين ثاني)$/, 11],
  [/^(?:dec(?:ember)?|decembre|aralik|aralık|ديسمبر|كانون اول)$/, 12],
];
const SEASONS: [RegExp, string][] = [
  [/^(?:spring|ربيع)$/, "spring"],
  [/^(?:summer|صيف)$/, "summer"],
  [/^(?:autumn|fall|harvest|خريف)$/, "autumn"],
  [/^(?:winter|شتاء)$/, "winter"],
];
const HIJRI = /\b(muharram|safar|rabi|jumad[ai]|rajab|shaban|ramadh?an|shawwal|dhu|eid|محرم|رمضان|شوال|رجب|شعبان)\b/;

/** Words and two-word phrases of the text, folded, so "كانون الثاني" is one month. */
function phrases(folded: string): string[] {
  const words = folded.split(" ");
  return [...words.slice(0, -1).map((w, i) => `${w} ${words[i + 1]}`), ...words];
}

function monthOf(folded: string): number | null {
  for (const p of phrases(folded)) for (const [re, n] of MONTHS) if (re.test(p)) return n;
  return null;
}

function seasonOf(folded: string): string | null {
  for (const w of folded.split(" ")) for (const [re, s] of SEASONS) if (re.test(w)) return s;
  return null;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function dateFact(text: string): QuasiFact {
  const digits = westernDigits(text);
  const numeric = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?!\d)/.exec(digits) ?? null;
  if (numeric) {
    const year = numeric[3]!.length === 2 ? `20${numeric[3]}` : numeric[3]!;
    return factOf("date-day", `${year}-${pad(Number(numeric[2]))}-${pad(Number(numeric[1]))}`);
  }
  const iso = /(?<!\d)((?:19|20)\d{2})[./-](\d{1,2})[./-](\d{1,2})(?!\d)/.exec(digits);
  if (iso) return factOf("date-day", `${iso[1]}-${pad(Number(iso[2]))}-${pad(Number(iso[3]))}`);

  const folded = foldValue(text);
  const years = [...digits.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map((m) => m[1]!);
  const year = years[0];
  const month = monthOf(folded);
  const withoutYears = folded.replace(/\b(?:19|20)\d{2}\b/g, " ");
  const day = month ? /(?<!\d)([0-3]?\d)(?:st|nd|rd|th)?(?!\d)/.exec(withoutYears)?.[1] : undefined;
  if (month && day && Number(day) >= 1 && Number(day) <= 31) return factOf("date-day", `${year ?? "----"}-${pad(month)}-${pad(Number(day))}`);
  if (month) return year ? factOf("date-month", `${year}-${pad(month)}`) : factOf("date-vague", `month ${pad(month)}`);
  const hijri = HIJRI.exec(folded)?.[1];
  if (hijri) return year ? factOf("date-month", `${year} ${hijri}`) : factOf("date-vague", hijri);
  const season = seasonOf(folded);
  if (season) return year ? factOf("date-season", `${year} ${season}`) : factOf("date-vague", season);
  if (years.length > 1) return factOf("date-year", [...new Set(years)].join("–"));
  if (year) return factOf("date-year", year);
  return factOf("date-vague", folded);
}
