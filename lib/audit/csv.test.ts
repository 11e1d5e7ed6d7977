import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "./csv";

describe("CSV cells", () => {
  it.each([
    ["=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "\"'\r=1\""],
  ])("never lets a spreadsheet read %j as a formula", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["a=b", "a=b"],
    ["توفيق", "توفيق"],
  ])("quotes %j only as RFC 4180 needs", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("writes absent values as empty cells and ends a row with CRLF", () => {
    expect(csvRow([1, null, undefined, "x"])).toBe("1,,,x\r\n");
  });
});
