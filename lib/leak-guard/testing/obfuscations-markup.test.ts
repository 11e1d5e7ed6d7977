import { describe, expect, it } from "vitest";
import { marked } from "marked";
import {
  codeSpanInWord, decimalEntityInWord, emphasisInWord, hexEntityInWord, htmlCommentInWord, htmlTagInWord,
  namedEntityInWord, underscoreEmphasisOnWord,
} from "./obfuscations";
import { renderedText } from "./reader-view";

const withoutIgnorables = (text: string) => text.replace(/\p{Default_Ignorable_Code_Point}/gu, "").trim();

describe("markup inside a word", () => {
  it.each([
    ["htmlCommentInWord", htmlCommentInWord("Rashid", 1), "Ra<!---->shid", "Rashid"],
    ["emphasisInWord **", emphasisInWord("Rashid", 1), "Ra**sh**id", "Rashid"],
    ["emphasisInWord *", emphasisInWord("Rashid", 1, "*", 2), "Ra*sh*id", "Rashid"],
    ["emphasisInWord *** to the word end", emphasisInWord("Rashid", 3, "***", 5), "Rash***id***", "Rashid"],
    ["emphasisInWord in Arabic", emphasisInWord("محمد", 2, "**", 1), "محم**د**", "محمد"],
    ["underscoreEmphasisOnWord", underscoreEmphasisOnWord("Abu Hamza", 0), "_Abu_ Hamza", "Abu Hamza"],
    ["underscoreEmphasisOnWord, hyphenated word", underscoreEmphasisOnWord("Abu Hamza al-Tunisi", 2), "Abu Hamza _al-Tunisi_", "Abu Hamza al-Tunisi"],
    ["codeSpanInWord", codeSpanInWord("Rashid", 1), "Ra`sh`id", "Rashid"],
    ["decimalEntityInWord", decimalEntityInWord("Rashid", 0), "R&#97;shid", "Rashid"],
    ["hexEntityInWord", hexEntityInWord("Rashid", 0), "R&#x61;shid", "Rashid"],
    ["decimalEntityInWord, Arabic", decimalEntityInWord("علي", 0), "ع&#1604;ي", "علي"],
    ["namedEntityInWord, accented letter", namedEntityInWord("Şahin Öztürk"), "&Scedil;ahin Öztürk", "Şahin Öztürk"],
    ["namedEntityInWord, soft hyphen", namedEntityInWord("Rashid", 1), "Ra&shy;shid", "Rashid"],
    ["htmlTagInWord <b>", htmlTagInWord("Rashid", 1, "b"), "Ra<b>sh</b>id", "Rashid"],
    ["htmlTagInWord <span>", htmlTagInWord("Rashid", 1, "span", 3), "Ra<span>shi</span>d", "Rashid"],
    ["htmlTagInWord empty span", htmlTagInWord("Rashid", 1, "empty-span"), "Ra<span></span>shid", "Rashid"],
  ])("%s writes %j, which renders as the identifier", (_name, written, expected, reads) => {
    expect(written).toBe(expected);
    expect(written).not.toContain(reads);
    expect(withoutIgnorables(renderedText(written))).toBe(reads);
  });

  it("uses * rather than _ inside words because CommonMark renders only * emphasis there", () => {
    expect(marked.parse("Ra*sh*id", { async: false })).toContain("Ra<em>sh</em>id");
    expect(marked.parse("Ra_sh_id", { async: false })).toContain("Ra_sh_id");
    expect(marked.parse("Ra__sh__id", { async: false })).not.toContain("<strong>");
    expect(marked.parse("_Abu_ Hamza", { async: false })).toContain("<em>Abu</em> Hamza");
  });

  it("leaves a text with no word of two letters unchanged", () => {
    expect(htmlCommentInWord("a b")).toBe("a b");
    expect(emphasisInWord("- -")).toBe("- -");
  });

  it("never cuts a mathematical letter (a surrogate pair) in two", () => {
    const written = htmlCommentInWord("𝐑𝐚𝐬𝐡𝐢𝐝", 0);
    expect(written).toBe("𝐑<!---->𝐚𝐬𝐡𝐢𝐝");
  });
});
