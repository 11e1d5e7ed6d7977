import { describe, expect, it } from "vitest";
import { CreateTestimonyInput } from "./schemas";

const empty = (name: string) => new File([], name, { type: "application/octet-stream" });

describe("CreateTestimonyInput", () => {
  it("treats file inputs left empty as no file", () => {
    const parsed = CreateTestimonyInput.parse({ sourceId: "s", language: "ar", transcript: "نص", transcriptFile: empty("undefined"), "media[]": [empty(""), empty("undefined")] });
    expect(parsed).toMatchObject({ transcript: "نص", transcriptFile: undefined, media: [] });
  });

  it.each([
    ["an unknown language", { language: "xx", transcript: "t" }, "language"],
    ["a date in the future", { language: "en", transcript: "t", interviewDate: "2999-01-01" }, "interviewDate"],
    ["a blank paste", { language: "en", transcript: "   " }, "transcript"],
  ])("refuses %s on its field", (_name, input, field) => {
    const parsed = CreateTestimonyInput.safeParse({ sourceId: "s", ...input });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."))).toEqual([field]);
  });
});
