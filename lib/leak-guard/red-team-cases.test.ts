// The security review's red team wrote each of these as an identifier a partner could read
// while the guard saw nothing in any form. Each must now be refused in at least one form
// (the release check refuses the item if any form carries it). Invented names throughout.
import { describe, expect, it } from "vitest";
import { probeRelease, type Case } from "./testing/release-probe";

type E = { text: string; type: "PERSON" | "ALIAS" | "LOCATION" | "CONTACT" | "ID"; variants?: string[] };
const RT: E[] = [{ text: "Rashid Tawfiq", type: "PERSON", variants: ["رشيد توفيق"] }];
const FULL: E[] = [
  ...RT,
  { text: "+90 532 418 77 09", type: "CONTACT" },
  { text: "Tal Abyad", type: "LOCATION", variants: ["تل أبيض"] },
  { text: "Abu Hamza al-Shami", type: "ALIAS", variants: ["أبو حمزة الشامي"] },
  { text: "Sardar Khoshnaw", type: "PERSON", variants: ["سردار خوشناو"] },
  { text: "16LC36159", type: "ID" },
  { text: "rt1987@gmail.com", type: "CONTACT" },
  { text: "@abu_hamza_sh", type: "CONTACT" },
];
const en = (s: string) => `He said ${s} was there when the bread ran out.`;
const ar = (s: string) => `قال إن ${s} كان هناك عندما نفد الخبز.`;

const ATTACKS: Record<string, Case[]> = {
  "English possessive / Turkish case suffix (accidental)": [
    { name: "Khoshnaw's men", dictionary: FULL, body: "Later Khoshnaw's men took the road." },
    { name: "Tal Abyad's market", dictionary: FULL, body: "Tal Abyad's market was empty by noon." },
    { name: "Tawfiq’s house (curly)", dictionary: FULL, body: "We stayed in Tawfiq’s house." },
    { name: "real name's family, possessive", realName: "Berzan Doski", body: "Doski's uncle drove the truck." },
    { name: "distinctive given name, possessive", dictionary: [{ text: "Hiwa Rasul", type: "PERSON" }], body: "Hiwa's brother was there." },
    { name: "nom de guerre, possessive", dictionary: [{ text: "al-Shishani", type: "ALIAS" }], body: "Shishani's men guarded the road." },
    { name: "Turkish ablative Tel Abyad’dan", dictionary: FULL, body: "Tel Abyad’dan kaçtı." },
    { name: "Turkish genitive Tevfik'in", dictionary: FULL, body: "Tevfik'in evinde kaldık." },
  ],
  "text shaped like an HTML tag or comment, shown literally": [
    { name: "escaped \\<Name\\>", dictionary: FULL, body: en("\\<Rashid Tawfiq\\>") },
    { name: "code span `<x place, phone>`", dictionary: FULL, body: en("`<x Tal Abyad, 0532 418 77 09>`") },
    { name: "chat log in a fence", dictionary: FULL, body: "```\n<Abu Hamza> brothers, the bakery at nine\n```\n" },
    { name: "`<!--` … `-->` around whole paragraphs", dictionary: FULL, body: "Editors: `<!--` opens a note.\n\nRashid Tawfiq lived in Tal Abyad; call 0532 418 77 09.\n\nAnd `-->` closes it." },
    { name: "title past the 60-char file stem", dictionary: FULL, title: "Hunger, broken promises and the long road out of the north <Rashid Tawfiq>", body: "Nothing." },
    { name: "alt text", dictionary: FULL, body: "Nothing.", altText: "Portrait <of Rashid Tawfiq>" },
    { name: "caption", dictionary: FULL, body: "Nothing.", altText: "A portrait", caption: "<Rashid Tawfiq> at home" },
    { name: "Arabic inside a tag, in an English item", dictionary: FULL, body: en("`<x رشيد توفيق من تل أبيض>`") },
  ],
  "raw HTML attributes (preview keeps a[href,title])": [
    { name: "<a href=profile title=name>", dictionary: [...FULL, { text: "facebook.com/rt.1987", type: "CONTACT" }], body: 'His account: <a href="https://facebook.com/rt.1987" title="Rashid Tawfiq">a profile</a>.' },
    { name: "<a href=tel:>", dictionary: FULL, body: 'Call <a href="tel:+905324187709">the number</a>.' },
  ],
  "Kurdish and Arabic spellings": [
    { name: "Sorani keyboard full name ڕەشید تەوفیق", dictionary: FULL, language: "ar", body: ar("ڕەشید تەوفیق") },
    { name: "Kurmanji Xoşnaw", dictionary: FULL, body: en("Xoşnaw") },
    { name: "Kurmanji Şemdîn (entry Shamdin)", dictionary: [{ text: "Dilshad Shamdin", type: "PERSON", variants: ["دلشاد شمدين"] }], body: en("Şemdîn") },
    { name: "Turkish Cebbar (entry Jabbar)", dictionary: [{ text: "Omar Jabbar", type: "PERSON", variants: ["عمر جبار"] }], body: en("Cebbar") },
    { name: "Turkish Çelebi (entry Chalabi)", dictionary: [{ text: "Ahmad Chalabi", type: "PERSON", variants: ["أحمد الجلبي"] }], body: en("Çelebi") },
    { name: "Arabic full name with بن", dictionary: FULL, language: "ar", body: ar("رشيد بن توفيق") },
    { name: "Arabic surname, given", dictionary: FULL, language: "ar", body: ar("توفيق، رشيد") },
    { name: "Arabic middle name dropped", dictionary: [{ text: "محمد رشيد توفيق", type: "PERSON" }], language: "ar", body: ar("محمد توفيق") },
    { name: "Arabic kunya glued ابوحمزة", dictionary: FULL, language: "ar", body: ar("ابوحمزة الشامي") },
    { name: "hashtag #AbuHamza", dictionary: FULL, body: en("#AbuHamza") },
    { name: "hashtag #أبو_حمزة_الشامي", dictionary: FULL, language: "ar", body: ar("#أبو_حمزة_الشامي") },
    { name: "Arabizi 5oshnaw", dictionary: FULL, body: en("5oshnaw") },
    { name: "Arabizi 7amdan", dictionary: [{ text: "Muhammad Hamdan", type: "PERSON", variants: ["محمد حمدان"] }], body: en("7amdan") },
  ],
  "contacts and document numbers": [
    { name: "handle without @", dictionary: FULL, body: "His Telegram is abu_hamza_sh, ask for him." },
    { name: "email [at] [dot]", dictionary: FULL, body: en("rt1987 [at] gmail [dot] com") },
    { name: "email (at)", dictionary: FULL, body: en("rt1987(at)gmail.com") },
    { name: "passport with a space", dictionary: FULL, body: "It was 16LC 36159 in the end." },
    { name: "passport with an en dash", dictionary: FULL, body: "It was 16LC–36159 in the end." },
    { name: "phone, letter O for zero", dictionary: FULL, body: en("call O532 418 77 O9") },
    { name: "phone, dingbat digits", dictionary: FULL, body: en("call ⓿❺❸❷ ❹❶❽ ❼❼ ⓿❾") },
    { name: "phone, spelled out", dictionary: FULL, body: en("zero five three two, four one eight, seven seven, zero nine") },
  ],
  "glyphs with no NFKC/TR39 fold": [
    { name: "small capitals (fancy text)", dictionary: FULL, body: en("ʀᴀsʜɪᴅ ᴛᴀᴡꜰɪǫ") },
    { name: "parenthesized letters", dictionary: FULL, body: en("⒯⒜⒲⒡⒤⒬") },
    { name: "negative squared letters", dictionary: FULL, body: en("🆃🅰🆆🅵🅸🆀") },
    { name: "ASCII digit look-alikes", dictionary: [{ text: "Omar Osman", type: "PERSON" }], body: en("0mar 0sman") },
    { name: "letter-spaced", dictionary: FULL, body: en("T a w f i q") },
  ],
};

describe.each(Object.entries(ATTACKS))("%s", (_group, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))("refuses %s", async (_name, c) => {
    expect((await probeRelease(c)).blocked).toBe(true);
  }, 30_000);
});

describe("ordinary writing around the same sources is not refused", () => {
  it.each([
    ["the bread ran out", en("the baker")],
    ["possessive of a common word", "The town's market was empty by noon."],
    ["a code span with ordinary words", en("`<the commander>`")],
    ["a year and a count", "In 2014 about 300 people left the town."],
    ["spelled small numbers", "One, two, three of us left that night."],
    ["an ordinary word with a digit", en("the MP3 player")],
  ])("%s", async (_name, body) => {
    expect((await probeRelease({ name: "clean", dictionary: FULL, body })).blockedForms).toEqual([]);
  }, 30_000);
});

describe("the extra readings add no phrase nobody wrote", () => {
  it.each([
    ["a hashtag split at its capitals is no name by sound", [{ text: "Karim El Fassi", type: "PERSON" }], "Former members compare. #BrochureVsReality"],
    ["a list of a group's names is no alias", FULL, "The organisation known as ISIS, ISIL, IS or Daesh controlled large parts of both countries."],
    ["the divine name in Abdulla is no sound of أول", [{ text: "Abdulla Al-Murri", type: "PERSON" }], "عائدون يتحدثون عن أول مرة قالوا فيها لا."],
  ] as [string, E[], string][])("%s", async (_name, dictionary, body) => {
    expect((await probeRelease({ name: "clean", dictionary, body })).blockedForms).toEqual([]);
  }, 30_000);

  it.each([
    ["Abdullah spelled apart", "Abd Allah al-Murri was there."],
    ["Abdullah in Arabic", "قال إن عبد الله المري كان هناك."],
  ])("still refuses %s", async (_name, body) => {
    expect((await probeRelease({ name: "abd", dictionary: [{ text: "Abdulla Al-Murri", type: "PERSON" }], body })).blocked).toBe(true);
  }, 30_000);
});

