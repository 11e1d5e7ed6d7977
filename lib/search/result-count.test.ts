import { describe, expect, it } from "vitest";
import { CANDIDATE_LIMIT, describeCount, pageRows, resultCount, shownMatches } from "./result-count";

describe("a search's result count", () => {
  it("is exact while every kind found at most CANDIDATE_LIMIT matches", () => {
    expect(resultCount([{ found: 1000, estimate: 1000 }, { found: 3, estimate: 3 }])).toEqual({ kind: "exact", value: 1003 });
    expect(resultCount([{ found: 0, estimate: 0 }])).toEqual({ kind: "exact", value: 0 });
  });

  it("past CANDIDATE_LIMIT adds the planner's estimate, rounded to two figures, to the other kind's exact count", () => {
    expect(resultCount([{ found: 1001, estimate: 76_903 }, { found: 12, estimate: 12 }])).toEqual({ kind: "about", value: 77_000 });
    expect(resultCount([{ found: 1001, estimate: 1234 }, { found: 1001, estimate: 5000 }])).toEqual({ kind: "about", value: 6200 });
  });

  it("says only 'more than' what it saw when the estimate is lower than that", () => {
    expect(resultCount([{ found: 1001, estimate: 400 }, { found: 2, estimate: 2 }])).toEqual({ kind: "more-than", value: 1002 });
  });

  it("reads as a person would say it", () => {
    expect(describeCount({ kind: "exact", value: 1 })).toBe("1 result");
    expect(describeCount({ kind: "exact", value: 27 })).toBe("27 results");
    expect(describeCount({ kind: "about", value: 12_000 })).toBe("About 12,000 results");
    expect(describeCount({ kind: "more-than", value: 1000 })).toBe("More than 1,000 results");
  });

  it("pages only through each kind's first CANDIDATE_LIMIT matches", () => {
    expect(shownMatches([{ found: 1001, estimate: 9000 }, { found: 10, estimate: 10 }])).toBe(CANDIDATE_LIMIT + 10);
    expect(pageRows(975, 25)).toBe(25);
    expect(pageRows(990, 25)).toBe(10);
    expect(pageRows(1000, 25)).toBe(0);
  });
});
