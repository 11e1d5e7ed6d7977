import { describe, expect, it } from "vitest";
import { layoutParagraph, paragraphDirection, shaperReverses, visualOrder, type VisualLine } from "./bidi-lines";
import type { Face } from "./fonts";
import { wrapLogical } from "./wrap-lines";

// Every character is 5 points wide, so line breaks are easy to predict.
const measure = (text: string) => Array.from(text).length * 5;
const reversed = (s: string) => Array.from(s).reverse().join("");
const visualText = (line: VisualLine) => line.segments.map((s) => s.visual).join("");
const oneLine = (text: string, direction: "ltr" | "rtl") => {
  const lines = layoutParagraph([{ text }], 10_000, direction, measure);
  expect(lines).toHaveLength(1);
  return lines[0] as VisualLine;
};

describe("visualOrder (UAX #9 rule L2)", () => {
  it.each([
    { levels: [0, 0, 0], order: [0, 1, 2] },
    { levels: [1, 1, 1], order: [2, 1, 0] },
    { levels: [1, 1, 2, 2, 1], order: [4, 2, 3, 1, 0] },
    { levels: [0, 1, 1, 0], order: [0, 2, 1, 3] },
    { levels: [0, 2, 2, 0], order: [0, 1, 2, 3] },
  ])("orders levels $levels as $order", ({ levels, order }) => {
    expect(visualOrder(levels)).toEqual(order);
  });
});

describe("layoutParagraph", () => {
  it("puts a mixed Arabic, digits and Latin sentence into visual order", () => {
    const line = oneLine("قال 42 شخصاً في Berlin.", "rtl");
    // Read from the left: the final full stop, the Latin word, then the Arabic words from last to first with the number kept left-to-right.
    const expected = [".", "Berlin", " ", reversed("في"), " ", reversed("شخصاً"), " ", "42", " ", reversed("قال")].join("");
    expect(visualText(line)).toBe(expected);
    expect(line.hasRtl).toBe(true);
    expect(line.logical).toBe("قال 42 شخصاً في Berlin.");
  });

  it("hands Arabic runs to the shaper in logical order and in the Arabic face, Latin runs in DejaVu", () => {
    const line = oneLine("قال 42 شخصاً في Berlin.", "rtl");
    const arabic = line.segments.find((s) => s.shaperText.includes("شخصاً في"));
    expect(arabic?.face.script).toBe("arabic");
    expect(arabic?.rtl).toBe(true);
    const latin = line.segments.find((s) => s.shaperText === "Berlin");
    expect(latin?.face.script).toBe("latin");
    expect(line.segments.find((s) => s.shaperText === "42")?.face.script).toBe("latin");
  });

  it("pre-reverses Arabic-Indic digits, which fontkit would otherwise reverse as an Arabic run", () => {
    const line = oneLine("عام ١٩٩٠", "rtl");
    expect(visualText(line)).toBe("١٩٩٠ " + reversed("عام"));
    const digits = line.segments.find((s) => s.visual === "١٩٩٠");
    expect(digits?.rtl).toBe(false);
    expect(digits?.shaperText).toBe("٠٩٩١");
  });

  it("mirrors brackets in right-to-left text, and draws them in the Latin face, which has them", () => {
    const line = oneLine("(سلام)", "rtl");
    expect(visualText(line)).toBe("(" + reversed("سلام") + ")");
    expect(line.segments.map((s) => [s.shaperText, s.face.script])).toEqual([["(", "latin"], ["سلام", "arabic"], [")", "latin"]]);
  });

  it("keeps an Arabic word inside an English sentence right-to-left", () => {
    const line = oneLine("the word السلام means peace", "ltr");
    expect(visualText(line)).toBe(`the word ${reversed("السلام")} means peace`);
  });

  it("wraps a right-to-left paragraph in reading order, then reorders each line", () => {
    const words = ["واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة"];
    // "واحد اثنان ثلاثة" is 16 characters: three words fit in 90 points, four do not.
    const lines = layoutParagraph([{ text: words.join(" ") }], 90, "rtl", measure);
    expect(lines.map((l) => l.logical)).toEqual([words.slice(0, 3).join(" "), words.slice(3).join(" ")]);
    // The first word of each line is at its right-hand end.
    expect(visualText(lines[0] as VisualLine).endsWith(reversed("واحد"))).toBe(true);
    expect(visualText(lines[1] as VisualLine).startsWith(reversed("ستة"))).toBe(true);
  });

  it("breaks lines at a hard break and styles runs by face", () => {
    const lines = layoutParagraph([{ text: "plain " }, { text: "bold", bold: true }, { text: "\nnext" }], 10_000, "ltr", measure);
    expect(lines.map(visualText)).toEqual(["plain bold", "next"]);
    expect(lines[0]?.segments.map((s) => [s.visual, s.face.bold])).toEqual([["plain ", false], ["bold", true]]);
  });

  it("draws no invisible format characters (they would become spaces in fontkit)", () => {
    const line = oneLine("ab\u2063\u200B\u2060cd \u200Fسلام", "ltr");
    expect(visualText(line)).toBe(`abcd ${reversed("سلام")}`);
    expect(line.width).toBe(measure(`abcd ${"سلام"}`));
  });
});

describe("shaperReverses mirrors fontkit's direction choice", () => {
  it.each([
    ["سلام", true],
    ["١٩٩٠", true],
    ["(سلام)", true],
    ["abc", false],
    ["؟!", false],
    [" . ", false],
    ["abc سلام", false],
  ])("%s → %s", (text, expected) => {
    expect(shaperReverses(text)).toBe(expected);
  });
});

describe("paragraphDirection", () => {
  it.each([
    ["Hello", false, "ltr"],
    ["مرحبا", false, "rtl"],
    ["Facebook قال", true, "rtl"],
    ["Facebook قال", false, "ltr"],
    ["English only", true, "ltr"],
    ["2024 —", true, "rtl"],
  ] as const)("%s in an rtl document: %s → %s", (text, documentRtl, expected) => {
    expect(paragraphDirection(text, documentRtl)).toBe(expected);
  });
});

describe("wrapLogical", () => {
  const face: Face = { script: "latin", bold: false, italic: false };
  const wrap = (text: string, width: number) =>
    wrapLogical(text, Array.from({ length: text.length }, () => face), 0, text.length, width, measure).map(([a, b]) => text.slice(a, b));

  it("breaks at spaces and drops the spaces at the break", () => {
    expect(wrap("aaa bbb ccc", 35)).toEqual(["aaa bbb", "ccc"]);
  });

  it("cuts a word longer than the line", () => {
    expect(wrap("abcdefghij xy", 20)).toEqual(["abcd", "efgh", "ij", "xy"]);
  });

  it("keeps an empty line for empty text", () => {
    expect(wrap("", 20)).toEqual([""]);
  });
});
