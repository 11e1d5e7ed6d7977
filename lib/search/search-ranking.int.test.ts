import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { analyzeAsOwner } from "@/tests/support/analyze-as-owner";
import { createContentItem, createUser } from "@/tests/support/factories";
import { searchEverything } from "./search-everything";
import { CANDIDATE_LIMIT } from "./result-count";

const marked = (hit: { snippet: { text: string; match: boolean }[] }) => hit.snippet.filter((p) => p.match).map((p) => p.text);

describe("ranked search in each item's language", () => {
  it("finds English items by the stem of a word, French ones by theirs, and others word for word", async () => {
    const editor = await createUser("EDITOR");
    const english = await createContentItem({ title: "Unpaid", body: "The salaries were never paid.", language: "en" });
    const french = await createContentItem({ title: "Impayés", body: "Les salaires ne sont jamais venus.", language: "fr" });
    const kurdish = await createContentItem({ title: "Mûçe", body: "mûçe nehat dayîn", language: "ku" });
    const found = await searchEverything(editor, { q: "salary" });
    expect(found.items.map((h) => h.id)).toEqual([english.id]);
    expect(marked(found.items[0]!)).toEqual(["salaries"]);
    expect((await searchEverything(editor, { q: "salaire" })).items.map((h) => h.id)).toEqual([french.id]);
    expect((await searchEverything(editor, { q: "mûçe" })).items.map((h) => h.id)).toEqual([kurdish.id]);
    expect((await searchEverything(editor, { q: "salary", language: "fr" })).count).toEqual({ kind: "exact", value: 0 });
  });

  it("ranks a word in the title above the same word in the body", async () => {
    const editor = await createUser("EDITOR");
    const inBody = await createContentItem({ title: "A letter home", body: "They took the bread at the checkpoint and let us pass." });
    const inTitle = await createContentItem({ title: "The checkpoint", body: "They took the bread and let us pass through the gate." });
    expect((await searchEverything(editor, { q: "checkpoint" })).items.map((h) => h.id)).toEqual([inTitle.id, inBody.id]);
  });

  it("ranks and pages only the first CANDIDATE_LIMIT matches, and estimates the count past them", async () => {
    const editor = await createUser("EDITOR");
    const extra = 60;
    await db().$executeRaw`
      INSERT INTO "ContentItem" ("id", "type", "language", "title", "body", "createdById", "updatedAt")
      SELECT 'bulk-' || n, 'ARTICLE', 'en', 'Report ' || n, 'The ration was cut again in week ' || n, ${editor.id}, now()
      FROM generate_series(1, ${CANDIDATE_LIMIT + extra}) n`;
    await analyzeAsOwner("ContentItem");
    const first = await searchEverything(editor, { q: "ration" });
    expect(first.count.kind).not.toBe("exact");
    expect(first.count.value).toBeGreaterThan(CANDIDATE_LIMIT);
    expect(first).toMatchObject({ pageCount: CANDIDATE_LIMIT / 25, page: 1 });
    expect(first.items).toHaveLength(25);
    expect((await searchEverything(editor, { q: "ration", page: CANDIDATE_LIMIT / 25 })).items).toHaveLength(25);
    expect((await searchEverything(editor, { q: "ration", page: CANDIDATE_LIMIT / 25 + 1 })).items).toEqual([]);
    expect((await searchEverything(editor, { q: "ration week 7" })).count).toEqual({ kind: "exact", value: 1 });
  });
});
