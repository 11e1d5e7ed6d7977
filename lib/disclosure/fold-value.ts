// Comparable forms of what the detector found: case, diacritics, Arabic letter variants,
// digit scripts and leading articles do not make a new fact.

const ARABIC_INDIC = /[\u0660-\u0669\u06F0-\u06F9]/g;

export function westernDigits(text: string): string {
  return text.replace(ARABIC_INDIC, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

const ARTICLE = /^(?:the|al|el|ul|as|ash|es|esh|ad|ed|ar|er|at|et|az|ez|an|en)[-\s‑]+/;

/** "al-Bab", "el-Bab", "Bab", "البـاب" → one form per name. */
export function foldValue(text: string): string {
  let out = westernDigits(text)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "")
    .toLowerCase()
    .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
    .replace(/\u0629/g, "\u0647")
    .replace(/\u0649/g, "\u064a")
    .replace(/\u06a9/g, "\u0643")
    .replace(/\u06cc/g, "\u064a")
    .replace(/['’`]/g, "");
  out = out.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  while (ARTICLE.test(out)) out = out.replace(ARTICLE, "");
  // Arabic article and the conjunction/preposition glued in front: "والباب", "بالرقة"
  out = out
    .split(" ")
    .map((w) => w.replace(/^(?:[وفبلك]?ال)(?=[\u0621-\u064a]{2})/, ""))
    .join(" ");
  return out;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** The first number in the text, in digits or English words ("twenty-three", "17"); null when none. */
export function firstNumber(text: string): number | null {
  const folded = westernDigits(text).toLowerCase();
  const digits = /(?<!\d)(\d{1,4})(?!\d)/.exec(folded);
  const word = /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b/.exec(folded);
  if (digits && (!word || digits.index <= word.index)) return Number(digits[1]);
  if (!word) return null;
  if (word[3]) return NUMBER_WORDS[word[3]] ?? null;
  return (NUMBER_WORDS[word[1]!] ?? 0) + (word[2] ? (NUMBER_WORDS[word[2]] ?? 0) : 0);
}

/** An English plural made singular, for roles and nationalities: "commanders" → "commander". */
export function singular(word: string): { word: string; plural: boolean } {
  if (/[^\x00-\x7f]/.test(word) || word.length < 4) return { word, plural: false };
  if (/(?:ss|us|is)$/.test(word)) return { word, plural: false };
  if (/ies$/.test(word)) return { word: word.slice(0, -3) + "y", plural: true };
  if (/(?:ches|shes|xes)$/.test(word)) return { word: word.slice(0, -2), plural: true };
  if (/s$/.test(word)) return { word: word.slice(0, -1), plural: true };
  return { word, plural: false };
}
