// The item page's remembered verdicts: a clean item is not read again while the index stands
// still, and a name learned afterwards shows at the next view.
import { describe, expect, it, vi } from "vitest";
import { createContentItem, createSource, createUser, rid } from "@/tests/support/factories";
import { addDictionaryEntry } from "@/lib/sources/add-dictionary-entry";
import { getItem } from "./get-item";
import * as leakGuard from "./leak-guard";

vi.mock("./leak-guard", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./leak-guard")>();
  return { ...actual, findLeaks: vi.fn(actual.findLeaks) };
});

describe("the item page's leak verdict", () => {
  it("is read once while nothing changes, and afresh once a source's dictionary does", async () => {
    const editor = await createUser("EDITOR");
    const { id: sourceId } = await createSource({ editor });
    const item = await createContentItem({ createdBy: editor, body: "We met behind the blue door bakery every week." });
    const checks = vi.mocked(leakGuard.findLeaks);
    checks.mockClear();

    expect((await getItem(editor, item.id))?.leaks).toEqual([]);
    expect((await getItem(editor, item.id))?.leaks).toEqual([]);
    expect(checks).toHaveBeenCalledTimes(1);

    await addDictionaryEntry(editor, { sourceId, text: "blue door bakery", type: "LOCATION", variants: [] }, rid());
    const view = await getItem(editor, item.id);
    expect(view?.leaks).toContainEqual(expect.objectContaining({ field: "body", start: 18, end: 34, fromDictionary: true }));
    expect(checks).toHaveBeenCalledTimes(2);
    // a hit is never remembered: it is found again at every view
    await getItem(editor, item.id);
    expect(checks).toHaveBeenCalledTimes(3);
  });
});
