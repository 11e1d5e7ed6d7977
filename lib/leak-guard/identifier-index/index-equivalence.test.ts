// The blind index must give exactly the verdicts of comparing the text with the decrypted
// entries themselves (matchDictionary in guard mode): same mentions, same positions, same types.
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchDictionary } from "@/lib/redaction/detector/dictionary";
import { dictionaryTokens } from "@/lib/redaction/detector/dictionary-text";
import type { DictionaryEntry } from "@/lib/redaction/detector/types";
import { canonicalText } from "../canonical-text";
import { loadArabicWords } from "../arabic-words";
import { guardWordRole, isOrdinaryWord } from "../word-roles";
import { findInIndex } from "./find-in-index";
import { guardEntries } from "./guard-entries";
import { keyHasher } from "./index-hash";
import { memoryIndex } from "./memory-index";

const NAME_WORDS = ["Rashid", "Rachid", "Tawfiq", "Toufik", "Kamal", "Nouri", "Haddad", "Najjar", "Yusuf", "Youssef", "Shami", "Chami", "Khoshnaw", "Hiwa", "Sardar", "Ahmad", "Mohammed", "Anas", "Azar", "رشيد", "توفيق", "حداد", "يوسف", "الشامي", "كمال", "نوري", "محمد", "سامي", "Abu", "Umm", "al-", "bin", "Abdul", "Tal", "Abyad", "Kafr", "Nasir"];
const FILLER = ["23", "I was", "٢٣", "the", "younger", "ones", "other", "said", "he", "met", "in", "at", "and", "على", "إلى", "من", "كان", "واحد", ",", ".", "\n", "-", "'s"];
const AGES = ["I was 23", "23 years old"];
const PHONES = ["16LC36159", "AB-1234-5", "+90 532 418 77 09", "0532 418 77 09", "+963 944 123 456", "0944123456", "4187709", "A1234567"];
const LITERALS = ["rashid.t@example.org", "@rashid_t", "facebook.com/rashid.t"];
const TYPES = ["PERSON", "ALIAS", "LOCATION", "CONTACT", "ID", "ORGANIZATION"] as const;

const nameEntry = fc.record({
  text: fc.array(fc.constantFrom(...NAME_WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(" ").replace(/- /g, "-")),
  type: fc.constantFrom(...TYPES),
  variants: fc.array(fc.array(fc.constantFrom(...NAME_WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(" ")), { maxLength: 2 }),
});
const otherEntry = fc.record({ text: fc.constantFrom(...PHONES, ...LITERALS, ...AGES), type: fc.constantFrom<"CONTACT" | "ID">("CONTACT", "ID"), variants: fc.constant<string[]>([]) });
const entries = fc.array(fc.oneof(nameEntry, otherEntry), { minLength: 1, maxLength: 6 });
const text = fc
  .array(fc.oneof(fc.constantFrom(...NAME_WORDS, ...FILLER), fc.constantFrom(...PHONES, ...LITERALS), fc.constantFrom(...NAME_WORDS).map((w) => w.toLowerCase())), { maxLength: 30 })
  .map((words) => words.join(" "));

const key = (h: { start: number; end: number; type: string }) => `${h.start}-${h.end}-${h.type}`;

describe("the blind index", () => {
  it("finds exactly what a direct comparison with the decrypted entries finds", async () => {
    const hash = keyHasher(randomBytes(32));
    await loadArabicWords();
    await fc.assert(
      fc.asyncProperty(entries, fc.option(fc.constantFrom("Sardar Khoshnaw", "Hiwa Rasul", "كمال نوري"), { nil: undefined }), text, async (dictionary: DictionaryEntry[], realName, raw) => {
        const canonical = canonicalText(raw);
        const tokens = dictionaryTokens(canonical.text, undefined, { withoutLinks: true });
        const role = guardWordRole(raw, canonical);
        const direct = matchDictionary(canonical.text, guardEntries(dictionary, realName), tokens, { mode: "guard", wordRole: role, isOrdinary: isOrdinaryWord });
        const indexed = await findInIndex(canonical.text, tokens, role, await memoryIndex([{ id: "s", realName, entries: dictionary }], hash));
        expect(new Set(indexed.map(key))).toEqual(new Set(direct.map(key)));
      }),
      { numRuns: 400 },
    );
  });
});
