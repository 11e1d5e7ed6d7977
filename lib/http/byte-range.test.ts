import { describe, expect, it } from "vitest";
import { byteRangeOf } from "./byte-range";

describe("byte ranges of a 1000-byte file", () => {
  it.each([
    [null, { kind: "whole" }],
    ["bytes=0-99", { kind: "part", start: 0, end: 99 }],
    ["bytes=900-", { kind: "part", start: 900, end: 999 }],
    ["bytes=990-5000", { kind: "part", start: 990, end: 999 }],
    ["bytes=-10", { kind: "part", start: 990, end: 999 }],
    ["bytes=-5000", { kind: "part", start: 0, end: 999 }],
    ["bytes=1000-", { kind: "unsatisfiable" }],
    ["bytes=50-10", { kind: "unsatisfiable" }],
    ["bytes=-0", { kind: "unsatisfiable" }],
    ["bytes=0-1,5-9", { kind: "whole" }],
    ["items=0-1", { kind: "whole" }],
    ["bytes=-", { kind: "whole" }],
  ] as const)("%s → %o", (header, answer) => {
    expect(byteRangeOf(header, 1000)).toEqual(answer);
  });

  it("has nothing to give of an empty file", () => {
    expect(byteRangeOf("bytes=0-", 0)).toEqual({ kind: "unsatisfiable" });
    expect(byteRangeOf(null, 0)).toEqual({ kind: "whole" });
  });
});
