// The second red team's bypasses: identifiers a partner could read that the release check
// (probeRelease: the written fields and every delivered form — md, txt, PDF read back,
// preview, API listing, file names) let through. Each must now be refused. The last
// describe holds ordinary counter-narrative sentences that were wrongly refused and must
// now pass. Invented names and numbers throughout.
import { describe, expect, it } from "vitest";
import bidiFactory from "bidi-js";
import { probeRelease, type Case } from "@/lib/leak-guard/testing/release-probe";

const bidi = bidiFactory();
/** The line as displayed, left to right, in a right-to-left paragraph (Unicode bidi algorithm). */
const displayed = (line: string) => bidi.getReorderedString(line, bidi.getEmbeddingLevels(line, "rtl"));

type E = NonNullable<Case["dictionary"]>[number];
const SOURCE: E[] = [
  { text: "Rashid Tawfiq", type: "PERSON", variants: ["رشيد توفيق"] },
  { text: "+90 532 418 77 09", type: "CONTACT" },
  { text: "Tal Abyad", type: "LOCATION", variants: ["تل أبيض"] },
  { text: "Abu Hamza al-Shami", type: "ALIAS", variants: ["أبو حمزة الشامي"] },
  { text: "Sardar Khoshnaw", type: "PERSON", variants: ["سردار خوشناو"] },
  { text: "16LC36159", type: "ID" },
  { text: "rt1987@gmail.com", type: "CONTACT" },
  { text: "@shadowlion", type: "CONTACT" },
  { text: "facebook.com/rt.1987", type: "CONTACT" },
];
const person = (text: string, arabic: string): E[] => [{ text, type: "PERSON", variants: [arabic] }];

/** The release check refuses the item: `visible` (what a reader would recognise) never reaches a partner. */
async function refused(c: Omit<Case, "name">, visible: string) {
  const r = await probeRelease({ name: "bypass", ...c });
  expect(r.blocked, `${visible} must be refused`).toBe(true);
  return r;
}

const T = 30_000;

describe("transliteration and script variants a writer uses without thinking (accidental)", () => {
  it("v for w (the Persian reading of خوشناو; Turkish, Kurdish and German write v): Khoshnav", async () => {
    await refused({ dictionary: SOURCE, body: "The commander, Khoshnav, kept the best houses for the foreigners." }, "Khoshnav");
  }, T);
  it("v for w in the recorded real name: Dilvan for Awaz Dilwan, Avaz alone", async () => {
    await refused({ realName: "Awaz Dilwan", body: "Dilvan drove the bread truck to the front." }, "Dilvan");
    await refused({ realName: "Awaz Dilwan", body: "Avaz drove the bread truck to the front." }, "Avaz");
  }, T);
  it("v for w in the title reaches the API listing and the file names too", async () => {
    await refused({ dictionary: SOURCE, title: "What Khoshnav saw at the checkpoint", body: "Hunger, not a caliphate." }, "Khoshnav");
  }, T);
  it("an English word inside a place name: Tell Abyad (English Wikipedia's spelling) for Tal Abyad", async () => {
    await refused({ dictionary: SOURCE, body: "We crossed at Tell Abyad in the night." }, "Tell Abyad");
    await refused({ dictionary: SOURCE, body: "Nous avons traversé à Tell Abiad la nuit." }, "Tell Abiad");
  }, T);
  it("qaf as g (Gulf, Bedouin, Iraqi, Egyptian speech) and as French soft c: Gassimi, Kacimi for Qassimi", async () => {
    const q = person("Omar Qassimi", "عمر القاسمي");
    await refused({ dictionary: q, body: "Gassimi ran the bakery queue for the emirs." }, "Gassimi");
    await refused({ dictionary: q, body: "Kacimi ran the bakery queue for the emirs." }, "Kacimi");
  }, T);
  it("qaf as g and dh as dd: Gaddafi for Qadhafi", async () => {
    await refused({ dictionary: person("Ali Qadhafi", "علي القذافي"), body: "Gaddafi ran the bakery queue for the emirs." }, "Gaddafi");
  }, T);
  it("Maghrebi dropped initial vowel: Brahimi for Ibrahimi", async () => {
    await refused({ dictionary: person("Lakhdar Ibrahimi", "الأخضر الإبراهيمي"), body: "Brahimi ran the bakery queue for the emirs." }, "Brahimi");
  }, T);
  it("German/Dutch j for y, German ch and Spanish j for kh: Jassin, Chalidi, Jalidi", async () => {
    await refused({ dictionary: person("Ahmad Yassin", "أحمد ياسين"), body: "Jassin ran the bakery queue for the emirs." }, "Jassin");
    const k = person("Omar Khalidi", "عمر الخالدي");
    await refused({ dictionary: k, body: "Chalidi ran the bakery queue for the emirs." }, "Chalidi");
    await refused({ dictionary: k, body: "Jalidi ran the bakery queue for the emirs." }, "Jalidi");
  }, T);
  it("Turkish and Persian spellings: z for dad (Ramazani), final devoicing (Hamiti)", async () => {
    await refused({ dictionary: person("Walid Ramadani", "وليد الرمضاني"), body: "Ramazani ran the bakery queue for the emirs." }, "Ramazani");
    await refused({ dictionary: person("Walid Hamidi", "وليد الحميدي"), body: "Hamiti ran the bakery queue for the emirs." }, "Hamiti");
  }, T);
  it("scholarly (DIN 31635 / ISO 233) transliteration: š for sh, ṯ for th", async () => {
    await refused({ dictionary: SOURCE, body: "Khošnaw kept the best houses for the foreigners." }, "Khošnaw");
    await refused({ dictionary: person("Omar Thabiti", "عمر الثابتي"), body: "Ṯābitī kept the best houses for the foreigners." }, "Ṯābitī");
  }, T);
  it("a compound name written in two words: Nasr-Allah, حسن نصر الله (the usual Arabic spelling) for Nasrallah / نصرالله", async () => {
    const n = person("Hassan Nasrallah", "حسن نصرالله");
    await refused({ dictionary: n, body: "Nasr-Allah ran the checkpoint that winter." }, "Nasr-Allah");
    await refused({ dictionary: n, language: "ar", body: "قال إن حسن نصر الله كان هناك." }, "حسن نصر الله");
    await refused({ dictionary: SOURCE, body: "Khosh-naw ran the checkpoint that winter." }, "Khosh-naw");
    await refused({ dictionary: SOURCE, language: "ar", body: "قال إن خوش ناو كان هناك." }, "خوش ناو");
  }, T);
  it("Cyrillic transliteration (Russian-speaking fighters and media): Сардар Хошнау, Абу Хамза аш-Шами, Берзан Доски (real name)", async () => {
    await refused({ dictionary: SOURCE, body: "He said Сардар Хошнау was there when the bread ran out." }, "Сардар Хошнау");
    await refused({ dictionary: SOURCE, body: "He said Абу Хамза аш-Шами was there when the bread ran out." }, "Абу Хамза аш-Шами");
    await refused({ realName: "Berzan Doski", body: "He said Берзан Доски was there when the bread ran out." }, "Берзан Доски");
  }, T);
  it("Arabic-script letters outside the fold table: Maghrebi ڧ/ڢ, ڨ for g", async () => {
    const q = person("Yusuf Qarafi", "يوسف القرافي");
    await refused({ dictionary: q, language: "ar", body: "قال إن الڧراڢي كان هناك عندما نفد الخبز." }, "الڧراڢي");
    await refused({ dictionary: q, language: "ar", body: "قال إن الڨرافي كان هناك عندما نفد الخبز." }, "الڨرافي");
  }, T);
  it("the Gulf and Maghrebi kunya بو for أبو: بو حمزة", async () => {
    await refused({ dictionary: SOURCE, language: "ar", body: "كان بو حمزة يوزع الخبز على المقاتلين الأجانب فقط." }, "بو حمزة");
  }, T);
});

describe("letters and symbols a reader reads through (crafted)", () => {
  it("Latin letters with a stroke or hook: Ŧawfiq, Ħamza al-Shami, Tawƒiq, ʈawfiq", async () => {
    for (const s of ["Ŧawfiq", "Ħamza al-Shami", "Tawƒiq", "ʈawfiq", "Ƭawfiq"]) await refused({ dictionary: SOURCE, body: `He said ${s} was there when the bread ran out.` }, s);
  }, T);
  it("fancy-text styles: small capitals with ғ, 'currency' letters", async () => {
    for (const s of ["ᴛᴀᴡғɪǫ", "₮₳₩₣łQ"]) await refused({ dictionary: SOURCE, body: `He said ${s} was there when the bread ran out.` }, s);
  }, T);
  it("a symbol or punctuation inside the word: Khosh🔥naw, Khosh.naw, Khosh/naw, Kho sh naw", async () => {
    for (const s of ["Khosh🔥naw", "Khosh.naw", "Khosh/naw", "Kho sh naw"]) await refused({ dictionary: SOURCE, body: `He said ${s} was there when the bread ran out.` }, s);
  }, T);
});

describe("contacts and document numbers", () => {
  it("an email address spelled out without brackets", async () => {
    for (const s of ["rt1987 at gmail dot com", "rt1987 AT gmail DOT com", "rt1987 at gmail.com", "rt1987{at}gmail{dot}com", "rt1987 [@] gmail.com"]) {
      await refused({ dictionary: SOURCE, body: `Write to him: ${s}` }, s);
    }
  }, T);
  it("an email address percent-encoded in a mailto link, or without its .com", async () => {
    await refused({ dictionary: SOURCE, body: "You can still [write to him](mailto:rt1987%40gmail.com)." }, "mailto:rt1987%40gmail.com");
    await refused({ dictionary: SOURCE, body: "Write to rt1987@gmail, he still reads it." }, "rt1987@gmail");
  }, T);
  it("a phone number with wide separators", async () => {
    for (const s of ["0532 -- 418 -- 77 -- 09", "0532 ... 418 ... 77 ... 09"]) await refused({ dictionary: SOURCE, body: `His number: ${s}.` }, s);
  }, T);
  it("a phone number (en dashes) followed closely by other digits", async () => {
    await refused({ dictionary: SOURCE, body: "Call 0532–418–77–09 / 0533–111–22–33 after dark." }, "0532–418–77–09");
    await refused({ dictionary: SOURCE, body: "He gave me 0532–418–77–09 (2015) and later another one." }, "0532–418–77–09");
  }, T);
  it("a phone number whose groups are typed in reverse in a right-to-left paragraph: the bidi algorithm shows them in order", async () => {
    // In an Arabic paragraph, digit groups separated by spaces or en dashes are laid out right
    // to left (numbers act as R for the neutrals between them), so the logical text
    // "09–77–418–0532" is displayed, left to right, as 0532–418–77–09 — the number. Arabic
    // writers reverse the groups precisely so that a number typed in an RTL editor shows right.
    // Every form (PDF read back included) is read in logical order; the eye reads the display.
    await refused({ dictionary: SOURCE, language: "ar", body: "رقم هاتفه 09–77–418–0532 لمن يريد." }, "09–77–418–0532");
    expect(displayed("رقم هاتفه 09–77–418–0532 لمن يريد.")).toContain("0532–418–77–09");
    expect(displayed("رقم هاتفه 09 / 77 / 418 / 0532 لمن يريد.")).toContain("0532 / 418 / 77 / 09");
    await refused({ dictionary: SOURCE, language: "ar", body: "رقم هاتفه ٠٩–٧٧–٤١٨–٠٥٣٢ لمن يريد." }, "٠٩–٧٧–٤١٨–٠٥٣٢");
    await refused({ dictionary: SOURCE, language: "ar", body: "رقم هاتفه 09 / 77 / 418 / 0532 لمن يريد." }, "09 / 77 / 418 / 0532");
  }, T);
  it("a phone number partly in words or split by words", async () => {
    await refused({ dictionary: SOURCE, body: "His number: 0532 four one eight 77 09." }, "0532 four one eight 77 09");
    await refused({ dictionary: SOURCE, body: "His number: 0532 418 double seven 09." }, "0532 418 double seven 09");
  }, T);
  it("a handle without its @, and a profile's user name without its site", async () => {
    await refused({ dictionary: SOURCE, body: "We talked every night; he was shadowlion back then." }, "shadowlion");
    await refused({ dictionary: SOURCE, body: "Search ShadowLion on Telegram." }, "ShadowLion");
    await refused({ dictionary: SOURCE, body: "You can still find rt.1987 on Facebook." }, "rt.1987");
    await refused({ dictionary: [{ text: "instagram.com/lion.of.raqqa", type: "CONTACT" }], body: "You can still find lion.of.raqqa on Instagram." }, "lion.of.raqqa");
  }, T);
});

describe("obfuscations bench:leak once let through in one form", () => {
  it.each([
    ["look-alike letters for a whole word, split by a line break and emphasis", [{ text: "Abu Mohammed al-Djazairi", type: "ALIAS" }], "The winter was long. Аbu\r\nМоһаm*m*еd аl-Dјаzаіr\u200dі was there."],
    ["an emphasised letter inside a family name", [{ text: "Mehmet Yüksel", type: "PERSON" }], "The winter was long. Mehmet Yüks*e*l was there. We left."],
    ["an entity inside an Arabic kunya with Abd", [{ text: "أم عبد الله", type: "ALIAS" }], "قال إن أ&#x645; عبد الله كان هناك."],
  ] as [string, E[], string][])("%s", async (_name, dictionary, body) => {
    const r = await probeRelease({ name: "bench", dictionary, body });
    expect(r.blockedForms).toEqual(expect.arrayContaining(["body", "delivered:md", "delivered:txt", "delivered:pdf", "delivered:preview"]));
  }, T);
});

describe("ordinary counter-narrative sentences pass", () => {
  it.each([
    ["a winter written as a year range", "In the winter of 2014/2015 the bread ran out.", "en"],
    ["a school year", "During the 2014-2015 school year the schools taught only their books.", "en"],
    ["a year range in Arabic digits", "في عامي ٢٠١٤-٢٠١٥ لم يتقاض أحد راتبا.", "ar"],
    ["a sum with spaces between thousands", "The oil earned them 12 000 000 dollars a month.", "en"],
    ["a UN resolution and its year", "See UN resolution 2178 (2014) on foreign fighters.", "en"],
    ["a city: Abu Dhabi", "He flew home through Abu Dhabi in the spring.", "en"],
    ["a prison: Abu Ghraib", "The Americans ran Abu Ghraib prison then.", "en"],
    ["a port: Umm Qasr", "The ship left Umm Qasr with grain.", "en"],
    ["a singer: Umm Kulthum", "At night he played Umm Kulthum songs in secret.", "en"],
    ["a hadith narrator: Abu Hurayrah", "A hadith narrated by Abu Hurayrah forbids killing women and children.", "en"],
    ["a jurist: Abu Hanifa", "Abu Hanifa never taught that.", "en"],
    ["a head of state", "They sold oil to Bashar al-Assad's regime.", "en"],
    ["a university in Mecca, in Arabic", "درس في جامعة أم القرى قبل الحرب.", "ar"],
  ])("%s", async (_name, body, language) => {
    const r = await probeRelease({ name: "clean", dictionary: SOURCE, body, language });
    expect(r.blockedForms).toEqual([]);
  }, T);
});
