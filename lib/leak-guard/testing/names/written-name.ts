// How a name is written by the people who type it: the usual Latin spellings (the first is
// the most common) and, where the name has one, its Arabic-script form.

export type WrittenName = { latin: readonly string[]; arabic?: string };

/** `w("محمد", "Mohammed", "Muhammad")`: Arabic script first, then Latin spellings by frequency. */
export function w(arabic: string, ...latin: string[]): WrittenName {
  return { latin, arabic };
}

/** A name that is written in Latin script only (Turkish, French, English names). */
export function latinOnly(...latin: string[]): WrittenName {
  return { latin };
}

/**
 * A family name or nisba that carries the Arabic article ("al-Dulaimi", "الدليمي"). The
 * Latin spellings are stored without it, because writers add it in so many forms (al-, el-,
 * Al, ad-, none) that the variants are generated rather than listed.
 */
export type ArticleName = WrittenName & { article: true };

/** `al("دليمي", "Dulaimi")`: both written without the article, which is added to the Arabic. */
export function al(arabicStem: string, ...latin: string[]): ArticleName {
  return { latin, arabic: "\u0627\u0644" + arabicStem, article: true };
}

export type FamilyName = WrittenName | ArticleName;

/** Given names and family names that belong together in one community. */
export type NamePool = { male: readonly WrittenName[]; female: readonly WrittenName[]; families: readonly FamilyName[] };
