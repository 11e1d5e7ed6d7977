// Quality floors on the held-out corpus (never used for tuning). Speed is measured by
// `npm run bench:redaction`, never asserted here.
import { describe, expect, it } from "vitest";
import { labelErrors, loadSplit, SPLITS } from "./evaluation/corpus";
import { emptyTally, rates, scoreDocument } from "./evaluation/score";
import { detectIdentifiers } from "./index";

describe("labelled corpus", () => {
  it.each(SPLITS)("every %s label is the exact slice of its document", (split) => {
    const docs = loadSplit(split);
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.flatMap(labelErrors)).toEqual([]);
  });
});

describe("held-out quality", () => {
  const docs = loadSplit("heldout");
  it.each([false, true])("meets the recall and precision floors (dictionary: %s)", (withDictionary) => {
    const tally = emptyTally();
    for (const doc of docs) {
      const dictionary = withDictionary ? doc.known.map((text) => ({ text })) : [];
      scoreDocument(doc, detectIdentifiers(doc.text, { dictionary }), tally, [], []);
    }
    const r = rates(tally);
    expect(r.directRecall).toBeGreaterThanOrEqual(0.98);
    expect(r.quasiRecall).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.8);
  });
});
