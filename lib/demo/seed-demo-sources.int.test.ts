import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUser, rid } from "@/tests/support/factories";
import { readSourceDictionary } from "@/lib/sources/read-source-dictionary";
import { readTranscriptForRedaction } from "@/lib/testimony/read-raw-transcript";
import { DEMO_FIRST_TESTIMONY_LANGUAGE, DEMO_FIRST_TESTIMONY_TEXT, DEMO_SOURCE_CODE, DEMO_SOURCE_DICTIONARY, seedDemoSources } from "./seed-demo-sources";

describe("demo sources", () => {
  it("creates three sources with dictionaries, consent and testimony, matching the exported constants", async () => {
    const editor = await createUser("EDITOR");
    await seedDemoSources(editor, rid());
    const sources = await db().source.findMany({ orderBy: { seq: "asc" }, include: { consent: true, _count: { select: { testimonies: true, dictionary: true } } } });
    expect(sources.map((s) => [s.code, s._count.testimonies, s.consent !== null])).toEqual([
      ["S-0001", 2, true],
      ["S-0002", 2, true],
      ["S-0003", 1, true],
    ]);
    const first = sources[0]!;
    expect(first.code).toBe(DEMO_SOURCE_CODE);
    expect((await readSourceDictionary(db(), first.id)).map(({ text, type, variants }) => ({ text, type, variants }))).toEqual(DEMO_SOURCE_DICTIONARY);
    const testimonies = await db().testimony.findMany({ where: { sourceId: first.id }, orderBy: { createdAt: "asc" } });
    expect(await readTranscriptForRedaction(db(), testimonies[0]!.id)).toMatchObject({ text: DEMO_FIRST_TESTIMONY_TEXT, language: DEMO_FIRST_TESTIMONY_LANGUAGE });
    expect(testimonies.map((t) => t.language)).toEqual(["en", "ar"]);
  });
});
