// How each word of a checked text may take part in a name match (see WordRole in the
// detector's dictionary-text.ts). Prose is full of ordinary words that share a consonant
// skeleton with someone's name; with thousands of sources in the index, each of them would
// block some item unless ordinary words only match by their own spelling.
import type { WordRole, WordRoleOf } from "@/lib/redaction/detector/dictionary-text";
import { foldWord } from "@/lib/redaction/detector/normalize";
import type { Token } from "@/lib/redaction/detector/tokenize";
import { isEnglishWord } from "./english-words";

// Everyday words that share a two-consonant skeleton with common names ("one", "someone",
// "alone", "limit", "iron", "new", "year": Haddad, Hadi, Sana…); they still block when
// they are an entry's own spelling.
const EVERYDAY_ARABIC = new Set(["واحد", "واحدة", "احد", "أحد", "وحده", "وحدها", "وحدهم", "وحدنا", "حد", "حدود", "حديد", "جديد", "جديدة", "سنة", "سنوات", "كريم", "كريمة", "سامي", "سامية", "جميل", "جميلة", "حسن", "حسنة", "سعيد", "سعيدة", "أمين", "أمينة", "نور", "منير", "صالح", "صالحة", "رحيم", "عادل", "عادلة", "شريف", "شريفة"].map(foldWord));

export function guardWordRole(): WordRoleOf {
  return (token: Token): WordRole => {
    if (token.arabic) {
      if ([token.key, ...token.alts].some((form) => EVERYDAY_ARABIC.has(form))) return "exact";
      return "strict";
    }
    const ordinary = isEnglishWord(token.key);
    if (ordinary && (!token.capitalised || token.sentenceStart)) return "exact";
    return "strict";
  };
}
