// The spelling habits that turn one name into many: the Arabic article before sun letters,
// Abu/Abou/Abū, Umm/Oum, hamza or none on أبو, Turkish letters typed without their marks.
import type { Random } from "./prng";
import type { FamilyName, WrittenName } from "./names/written-name";
import { asciiSpelling } from "./names/turkish-names";

// Latin beginnings of the Arabic "sun letters", before which al- is pronounced (and often
// written) as at-, ad-, ar-, az-, as-, ash-, an-.
const SUN_LETTER = /^(th|dh|sh|t|d|r|z|s|n)/i;

/** "Shami" → ["al-Shami", "ash-Shami", "esh-Shami", "el-Shami", "Al-Shami", "al Shami", "Shami"]. */
export function articleForms(stem: string): string[] {
  const forms = [`al-${stem}`, `el-${stem}`, `Al-${stem}`, `al ${stem}`, `Al ${stem}`, stem];
  const sun = SUN_LETTER.exec(stem);
  if (sun) {
    const assimilated = (sun[1] ?? "").toLowerCase();
    forms.splice(1, 0, `a${assimilated}-${stem}`, `e${assimilated}-${stem}`);
  }
  return forms;
}

/** The form an editor most often types for a family name: "al-Dulaimi", "Haddad", "Benali". */
export function primaryFamilySpelling(family: FamilyName): string {
  const stem = family.latin[0] ?? "";
  return "article" in family ? `al-${stem}` : stem;
}

export function familySpellings(family: FamilyName): string[] {
  if (!("article" in family)) return [...family.latin];
  return family.latin.flatMap((stem) => articleForms(stem));
}

/** Up to `count` distinct items other than `exclude`, in random order. */
export function sampleDistinct(random: Random, pool: readonly string[], count: number, exclude: string): string[] {
  const candidates = [...new Set(pool)].filter((item) => item !== exclude);
  const chosen: string[] = [];
  while (chosen.length < count && candidates.length > 0) {
    const [item] = candidates.splice(random.int(0, candidates.length - 1), 1);
    if (item !== undefined) chosen.push(item);
  }
  return chosen;
}

/** Every Latin way of writing "given family", with the ASCII-folded forms keyboards produce. */
export function fullNameSpellings(given: WrittenName, family: FamilyName): string[] {
  const forms: string[] = [];
  for (const g of given.latin) for (const f of familySpellings(family)) forms.push(`${g} ${f}`);
  const folded = forms.map(asciiSpelling).filter((form) => !forms.includes(form));
  return [...forms, ...folded];
}

export function arabicFullName(given: WrittenName, family: FamilyName): string | null {
  return given.arabic && family.arabic ? `${given.arabic} ${family.arabic}` : null;
}

/** Writing an Arabic name without the hamza seats, as most phone keyboards are used: أبو → ابو. */
export function withoutHamzaSeats(arabic: string): string {
  return arabic.replace(/[أإآ]/g, "ا");
}

const ABU_FORMS = ["Abu", "Abou", "Abū", "Abo"];
const UMM_FORMS = ["Umm", "Um", "Oum", "Omm"];

export type Kunya = { kind: "abu" | "umm"; name: WrittenName; nisba: FamilyName | null };

function feminineNisba(stem: string): string[] {
  const base = stem.replace(/y$/, "i");
  return [`${base}ya`, `${base}yya`];
}

/** Latin spellings of a kunya; the first is the usual one ("Abu Hamza al-Tunisi"). */
export function kunyaSpellings(kunya: Kunya): string[] {
  const prefixes = kunya.kind === "abu" ? ABU_FORMS : UMM_FORMS;
  const nisbaForms = (): string[] => {
    if (!kunya.nisba) return [""];
    const stems = kunya.kind === "umm" ? kunya.nisba.latin.flatMap(feminineNisba) : kunya.nisba.latin;
    return stems.flatMap((stem) => articleForms(stem).filter((form) => form !== stem)).map((form) => ` ${form}`);
  };
  const forms: string[] = [];
  for (const prefix of prefixes) for (const name of kunya.name.latin) for (const nisba of nisbaForms()) forms.push(`${prefix} ${name}${nisba}`);
  return forms;
}

export function arabicKunya(kunya: Kunya): string | null {
  if (!kunya.name.arabic) return null;
  const prefix = kunya.kind === "abu" ? "أبو" : "أم";
  if (!kunya.nisba) return `${prefix} ${kunya.name.arabic}`;
  if (!kunya.nisba.arabic) return null;
  const nisba = kunya.kind === "umm" ? `${kunya.nisba.arabic}ة` : kunya.nisba.arabic;
  return `${prefix} ${kunya.name.arabic} ${nisba}`;
}

/** Turkish fighters' spelling of the same kunya: "Ebu Hamza el-Türki", "Ümmü Safiya". */
export function turkishKunyaSpelling(kunya: Kunya): string {
  const prefix = kunya.kind === "abu" ? "Ebu" : "Ümmü";
  const name = kunya.name.latin[0] ?? "";
  return kunya.nisba ? `${prefix} ${name} el-${kunya.nisba.latin[0] === "Turki" ? "Türki" : kunya.nisba.latin[0]}` : `${prefix} ${name}`;
}
