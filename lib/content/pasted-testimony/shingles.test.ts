import { describe, expect, it } from "vitest";
import { normalisedWords, normaliseWord, shingleHash, shinglesOf, SHINGLE_WORDS } from "./shingles";

const words = (text: string) => normalisedWords(text).map((w) => w.word);
const hashes = (text: string) => shinglesOf(text).map((s) => s.hash);

describe("normalising words", () => {
  it.each([
    ["case", "The SALARY Came", ["the", "salary", "came"]],
    ["Latin diacritics", "Café déjà", ["cafe", "deja"]],
    ["apostrophes inside words, straight, typographic or dropped", "didn't didn’t didnt", ["didnt", "didnt", "didnt"]],
    ["punctuation and hyphens part words", "well-known, «quoted» — yes…", ["well", "known", "quoted", "yes"]],
    ["placeholders are words", "my cousin [PERSON 2] said", ["my", "cousin", "person", "2", "said"]],
    ["tashkeel and tatweel", "الرَّاتِبُ تأخّـــر", ["الراتب", "تاخر"]],
    ["hamza seats, taa marbuta and alif maqsura", "أُرسل إلى الجبهة", ["ارسل", "الي", "الجبهه"]],
    ["Persian and Kurdish keyboard letters", "کان ی", ["كان", "ي"]],
    ["Arabic-Indic digits", "في ٢٠١٤", ["في", "2014"]],
    ["look-alike letters and invisible characters", "sаl\u200Bary", ["salary"]],
  ])("folds %s", (_name, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it("reads على and علي alike, as typists swap them", () => {
    expect(normaliseWord("على")).toBe(normaliseWord("علي"));
  });

  it("keeps each word's range in the original text", () => {
    const text = "  «The salary» came";
    expect(normalisedWords(text).map((w) => text.slice(w.start, w.end))).toEqual(["The", "salary", "came"]);
  });
});

describe("shingles", () => {
  const sentence = "The promises were lies, no house and the salary came late.";

  it(`are runs of ${SHINGLE_WORDS} words, with their ranges`, () => {
    const shingles = shinglesOf(sentence);
    expect(shingles).toHaveLength(words(sentence).length - SHINGLE_WORDS + 1);
    expect(sentence.slice(shingles[0]!.start, shingles[0]!.end)).toBe("The promises were lies, no house and the");
    expect(shingles[0]!.hash).toBe(shingleHash(["the", "promises", "were", "lies", "no", "house", "and", "the"]));
    expect(shingles[0]!.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it("are none for fewer words", () => {
    expect(shinglesOf("The promises were lies, no house.")).toEqual([]);
  });

  it.each([
    ["re-wrapped", "The promises\nwere lies,  no house\n> and the salary came late."],
    ["re-punctuated", "The promises were lies; no house — and the salary came late…"],
    ["re-cased", "THE PROMISES WERE LIES, NO HOUSE AND THE SALARY CAME LATE."],
  ])("are the same when the text is %s", (_name, variant) => {
    expect(hashes(variant)).toEqual(hashes(sentence));
  });

  it("are the same in Arabic with tashkeel, tatweel and another keyboard's letters", () => {
    const arabic = "عندما بدأ القصف ذهب الأجانب أصحاب الواسطة إلى الخطوط الخلفية";
    expect(hashes("عِنْدَمَا بدأ القصـــف ذهب الاجانب أصحاب الواسطه الی الخطوط الخلفیة")).toEqual(hashes(arabic));
  });

  it("leave out runs mostly of numbers, such as subtitle timings", () => {
    expect(shinglesOf("1 00:00:01,000 --> 00:00:04,000 2 00:00:04,200")).toEqual([]);
  });
});
