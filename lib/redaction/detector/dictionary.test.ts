import { describe, expect, it } from "vitest";
import { dictionaryVariants, matchDictionary } from "./dictionary";
import { parseKnownFile } from "./known-file";
import { detectIdentifiers } from "./index";

const MATCHES: [behaviour: string, entry: string, text: string, expected: string][] = [
  ["finds a kunya spelt Abou el-Chami when the dictionary says Abu al-Shami", "Abu al-Shami", "We met Abou el-Chami there.", "Abou el-Chami"],
  ["finds a kunya with the sun-letter article assimilated", "Abu Hafs al-Shami", "Abu Hafs ash-Shami spoke.", "Abu Hafs ash-Shami"],
  ["finds Abul- written for Abu al-", "Abu al-Walid", "Then Abul-Walid arrived.", "Abul-Walid"],
  ["finds Umm written Oum", "Umm Khalid", "Oum Khalid cooked.", "Oum Khalid"],
  ["finds a name without diacritics", "Abū Qatāda", "Abu Qatada laughed.", "Abu Qatada"],
  ["finds q written k", "Qutaiba", "Kutaiba drove.", "Kutaiba"],
  ["finds ou written u and a doubled letter", "Youssef", "Yusef stayed.", "Yusef"],
  ["finds kh written h", "Khaled", "Haled stayed.", "Haled"],
  ["finds dh written z", "Hudhayfa", "Huzayfa stayed.", "Huzayfa"],
  ["finds a Latin entry in Arabic script", "Hamza", "قال حمزة إنه خائف.", "حمزة"],
  ["finds an Arabic kunya written with hamza and tashkeel differences", "ابو حمزه", "قال أبُو حَمْزَة ذلك.", "أبُو حَمْزَة"],
  ["finds an Arabic name with a clitic", "خالد", "وخالد كان هناك.", "وخالد"],
  ["finds one part of a full name", "Karim Haddad", "Only Karim came back.", "Karim"],
  ["finds a name in lower case", "Karim Haddad", "karim haddad wrote.", "karim haddad"],
  ["finds a phone number whatever its spacing and prefix", "+90 532 418 77 09", "Call 0532-418-7709 now.", "0532-418-7709"],
  ["finds a phone written in Arabic-Indic digits", "05324401882", "رقمي ٠٥٣٢٤٤٠١٨٨٢ القديم.", "٠٥٣٢٤٤٠١٨٨٢"],
  ["finds an email case-insensitively", "Mehdi.BS@gmail.com", "mail mehdi.bs@gmail.com soon", "mehdi.bs@gmail.com"],
  ["finds a handle with or without @", "@firas.photo", "credit firas.photo on Instagram", "firas.photo"],
  ["finds Abdulrahman when the dictionary says Abd al-Rahman", "Abd al-Rahman", "Abdulrahman left.", "Abdulrahman"],
];

describe("matchDictionary", () => {
  it.each(MATCHES)("%s", (_behaviour, entry, text, expected) => {
    const found = matchDictionary(text, [{ text: entry }]).map((s) => s.text);
    expect(found).toContain(expected);
  });

  it("does not take an ordinary lower-case word for a short name", () => {
    expect(matchDictionary("We saw some of them.", [{ text: "Sami" }])).toEqual([]);
  });

  it("reports dictionary hits through detectIdentifiers with the entry's type", () => {
    const spans = detectIdentifiers("the boy Zorro left", { dictionary: [{ text: "Zorro", type: "ALIAS" }] });
    expect(spans.find((s) => s.text === "Zorro")?.type).toBe("ALIAS");
  });

  it("lists readable spelling variants of a kunya", () => {
    const variants = dictionaryVariants({ text: "Abu al-Shami" });
    expect(variants).toEqual(expect.arrayContaining(["Abu al-Shami", "Abou al-Shami", "Abu el-Shami", "Abu Shami", "أبو al-Shami"]));
  });

  it("every listed variant is found by the matcher", () => {
    const entry = { text: "Abu Hamza al-Masri" };
    for (const variant of dictionaryVariants(entry).filter((v) => /^[\p{Script=Latin}\s-]+$/u.test(v))) {
      expect(matchDictionary(`He said ${variant} came.`, [entry]).length, variant).toBeGreaterThan(0);
    }
  });
});

describe("parseKnownFile", () => {
  it("reads plain lines, TYPE<TAB>text lines and skips blank ones", () => {
    expect(parseKnownFile("\uFEFFAbu Hamza\n\nPERSON\tKarim Haddad\r\nnotatype\tthing\n")).toEqual([
      { text: "Abu Hamza" },
      { text: "Karim Haddad", type: "PERSON" },
      { text: "notatype\tthing" },
    ]);
  });
});

describe("multi-word entries that are not names", () => {
  it("does not flag a lone function word or part of a role entry", () => {
    const hits = matchDictionary("Handout for the campaign in the city", [{ text: "emir of the checkpoint", type: "ROLE" }]);
    expect(hits).toEqual([]);
  });

  it("still flags the whole role phrase, and a part of a person's name", () => {
    expect(matchDictionary("He was the emir of the checkpoint then.", [{ text: "emir of the checkpoint", type: "ROLE" }]).map((h) => h.text)).toEqual(["emir of the checkpoint"]);
    expect(matchDictionary("Ask the son of Haddad.", [{ text: "Karim Haddad", type: "PERSON" }]).map((h) => h.text)).toEqual(["Haddad"]);
  });
});
