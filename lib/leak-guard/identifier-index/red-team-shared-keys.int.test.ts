// Red team: a shared key (a word, the first words of a phrase) held by two sources must stay
// findable for the one that remains, whatever takes the other's rows away: an erasure in the
// middle of a key rotation (the two sources' rows under different master keys), a real name
// changed to one sharing nothing, and the rotation finished afterwards.
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findLeaks } from "@/lib/content/leak-guard";
import { rotateMasterKey } from "@/lib/keys/rotate-master-key";
import { addDictionaryEntry } from "@/lib/sources/add-dictionary-entry";
import { eraseSource } from "@/lib/sources/erase-source";
import { removeDictionaryEntry } from "@/lib/sources/remove-dictionary-entry";
import { updateSource } from "@/lib/sources/update-source";
import { createApprovedRedactedText, createSource, createUser, rid } from "@/tests/support/factories";
import { restoreMasterKeys, useMasterKeys } from "@/tests/support/master-keys";
import { loadArabicWords } from "../arabic-words";

afterEach(restoreMasterKeys);

type KeyRow = { hash: string; final: boolean; type: string; word: string; refs: number };

async function expectCountsMatchHolders() {
  const keys = await db().$queryRaw<KeyRow[]>`SELECT "hash", "final", "type", "word", "refs" FROM "IdentifierIndexKey" ORDER BY 1, 2, 3, 4`;
  const holders = await db().$queryRaw<KeyRow[]>`
    SELECT "hash", "final", "type", COALESCE("word", '') AS "word", count(*)::int AS "refs"
    FROM "IdentifierIndexEntry" WHERE NOT ("final" AND "type" <> 'WORD') GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
  expect(keys).toEqual(holders);
}

async function sourcesFoundIn(text: string): Promise<string[]> {
  const hits = await findLeaks(db(), [{ field: "body", label: "Body", text }]);
  return [...new Set(hits.flatMap((h) => (h.sourceId ? [h.sourceId] : [])))].sort();
}

const ALIAS_TEXT = "They called him Abu Yusuf al-Shami, and in Arabic أبو يوسف الشامي.";

describe("keys shared by two sources, red team", () => {
  it("stay findable for the source that remains when the other is erased mid-rotation, renamed, and the rotation ends", async () => {
    await loadArabicWords();
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    useMasterKeys(oldKey);
    const editor = await createUser("EDITOR");
    const admin = await createUser("ADMIN");
    const gone = await createSource({ editor, realName: "Yusuf Haddad" });
    const stays = await createSource({ editor, realName: "Yusuf Najjar" });
    for (const s of [gone, stays]) await addDictionaryEntry(editor, { sourceId: s.id, text: "Abu Yusuf al-Shami", type: "ALIAS", variants: ["Abou Youssef", "أبو يوسف الشامي"] }, rid());
    await expectCountsMatchHolders();

    useMasterKeys(newKey, oldKey);
    await rotateMasterKey(db(), { batchSize: 1, requestId: rid(), stopAfter: 1 });
    await expectCountsMatchHolders();
    await eraseSource(admin, { sourceId: gone.id, confirmCode: gone.code, reason: "Asked to be forgotten." }, rid());
    await expectCountsMatchHolders();
    expect(await sourcesFoundIn(ALIAS_TEXT)).toEqual([stays.id]);
    expect(await sourcesFoundIn("Abou Youssef el-Shami came.")).toEqual([stays.id]);

    const current = await db().source.findUniqueOrThrow({ where: { id: stays.id }, select: { version: true } });
    await updateSource(editor, { sourceId: stays.id, version: current.version, pseudonym: null, realName: "Karim Azar", notes: null }, rid());
    await expectCountsMatchHolders();
    await rotateMasterKey(db(), { requestId: rid() });
    useMasterKeys(newKey);
    await expectCountsMatchHolders();
    expect(await sourcesFoundIn(ALIAS_TEXT)).toEqual([stays.id]);
    expect(await sourcesFoundIn("We met Karim Azar.")).toEqual([stays.id]);
    expect(await sourcesFoundIn("We met Yusuf Najjar.")).toEqual([]);
  });

  it("are written by an erasure and dictionary edits at the same time without refusing any of them (a deadlock)", async () => {
    await loadArabicWords();
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const admin = await createUser("ADMIN");
    // an erased source whose item is retired: the erasure writes the audit chain before the index
    const passage = await createApprovedRedactedText(editor, reviewer, { dictionary: [{ text: "Abu Ahmad al-Shami", type: "ALIAS", variants: [] }] });
    const item = await db().contentItem.create({ data: { type: "ARTICLE", state: "PUBLISHED", language: "en", title: "t", body: "b", createdById: editor.id, channels: ["WEB"], publishedAt: new Date(), version: 1, approvedVersion: 1 } });
    await db().contentQuote.create({ data: { itemId: item.id, redactedTextId: passage.redactedTextId, sourceId: passage.sourceId, start: 0, end: 1 } });
    const erased = await db().source.findUniqueOrThrow({ where: { id: passage.sourceId }, select: { code: true } });
    const others = await Promise.all(["Haddad", "Najjar", "Shami", "Nouri"].map((family) => createSource({ editor, realName: `Ahmad ${family}` })));

    const results = await Promise.allSettled([
      eraseSource(admin, { sourceId: passage.sourceId, confirmCode: erased.code, reason: "Asked to be forgotten." }, rid()),
      ...others.map((s) => addDictionaryEntry(editor, { sourceId: s.id, text: "Abu Ahmad al-Shami", type: "ALIAS", variants: ["Abou Ahmed"] }, rid())),
    ]);
    expect(results.flatMap((r) => (r.status === "rejected" ? [String((r.reason as Error).message).slice(0, 120)] : []))).toEqual([]);
    await expectCountsMatchHolders();
    const found = await findLeaks(db(), [{ field: "body", label: "Body", text: "Known as Abu Ahmad al-Shami." }]);
    expect(found.length).toBeGreaterThan(0);
  });

  it("are written by removed and added dictionary entries at the same time without refusing any of them (a deadlock)", async () => {
    await loadArabicWords();
    const editor = await createUser("EDITOR");
    const sources = await Promise.all(["Haddad", "Najjar", "Shami", "Nouri", "Kamal", "Azar"].map((family) => createSource({ editor, realName: `Omar ${family}` })));
    const [removing, ...adding] = sources;
    const entries = await addDictionaryEntry(editor, { sourceId: removing!.id, text: "Abu Omar al-Shami", type: "ALIAS", variants: ["Abou Omar"] }, rid());

    const results = await Promise.allSettled([
      removeDictionaryEntry(editor, { sourceId: removing!.id, entryId: entries[0]!.id }, rid()),
      ...adding.map((s) => addDictionaryEntry(editor, { sourceId: s.id, text: "Abu Omar al-Shami", type: "ALIAS", variants: ["Abou Omar"] }, rid())),
    ]);
    expect(results.flatMap((r) => (r.status === "rejected" ? [String((r.reason as Error).message).slice(-80)] : []))).toEqual([]);
    await expectCountsMatchHolders();
  });
});
