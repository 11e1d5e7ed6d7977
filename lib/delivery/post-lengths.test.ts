import { describe, expect, it } from "vitest";
import { FRAME_LENGTH, newReference, stripMarks } from "./fingerprint";
import { xWeightedLength } from "./platform-length";
import { postLengths } from "./post-lengths";
import { renderPlainTextFile } from "./render-text";

const BODY = "يعدون الشباب بالراتب والبيت والأخوّة. هذا ما وجده شاب ذهب ثم عاد:\n\n> كانت الوعود كذباً. لا بيت. الراتب تأخر، ثم صار نصف راتب، ثم انقطع.\n\nقبل أن تصدّق الوعود، اسأل الذين رجعوا.\n";

/** The body of a delivered plain-text file, as a partner copies it to post. */
function postedBody(reference: string): string {
  const file = renderPlainTextFile({ title: "لا بيت ولا راتب", bodyMarkdown: BODY, preparedFor: `Prepared for P · ref ${reference}`, reference, contentType: "SOCIAL_POST" });
  return file.split("\n\n").slice(1, -2).join("\n\n");
}

describe("a social post's length on each platform", () => {
  it("counts the text with its one frame, and never less on X than any download's copy weighs", () => {
    const lengths = postLengths("SOCIAL_POST", BODY);
    expect(lengths).toMatchObject({ frames: 1, markCharacters: FRAME_LENGTH });
    const x = lengths.lengths.find((l) => l.platform === "x")!;
    const threads = lengths.lengths.find((l) => l.platform === "threads")!;
    const sample = postedBody(newReference());
    expect(threads.length).toBe(sample.length);
    expect(x.length).toBe(xWeightedLength(stripMarks(sample)) + 2 * FRAME_LENGTH);
    for (let i = 0; i < 50; i++) expect(xWeightedLength(postedBody(newReference()))).toBeLessThanOrEqual(x.length);
    expect(x).toMatchObject({ limit: 280, over: 0 });
  });

  it("says by how much a post is too long for a platform", () => {
    const long = Array.from({ length: 30 }, () => "The salary came late, then half, then never.").join(" ");
    const lengths = postLengths("SOCIAL_POST", long);
    expect(lengths.frames).toBe(2);
    const x = lengths.lengths.find((l) => l.platform === "x")!;
    expect(x.over).toBe(x.length - 280);
    expect(x.over).toBeGreaterThan(0);
    expect(lengths.lengths.find((l) => l.platform === "linkedin")!.over).toBe(0);
  });
});
