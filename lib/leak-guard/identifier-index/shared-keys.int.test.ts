// The blind index stores a key that names no source (a WORD row, the first words of a phrase)
// once, however many sources share it, and counts its holders: a check must read a number of
// rows that does not grow with the sources sharing a name part (issue #13), and the count must
// follow every way a source's rows come and go, or an erased source's words would stay indexed
// (counted too high) or a living source's would go (counted too low: a missed identifier).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findLeaks } from "@/lib/content/leak-guard";
import { addDictionaryEntry } from "@/lib/sources/add-dictionary-entry";
import { eraseSource } from "@/lib/sources/erase-source";
import { removeDictionaryEntry } from "@/lib/sources/remove-dictionary-entry";
import { createSource, createUser, rid } from "@/tests/support/factories";
import { loadArabicWords } from "../arabic-words";
import { compileSurfaces } from "@/lib/redaction/detector/dictionary-surfaces";
import { isOrdinaryWord } from "../word-roles";
import { databaseIndex } from "./database-index";
import { guardEntries } from "./guard-entries";
import { indexRecords } from "./index-keys";
import { appKeyHasher } from "./source-index";

type KeyRow = { hash: string; final: boolean; type: string; word: string; refs: number };

/** Each shared key with the number of IdentifierIndexEntry rows that hold it, and who they are. */
async function sharedKeys() {
  const keys = await db().$queryRaw<KeyRow[]>`SELECT "hash", "final", "type", "word", "refs" FROM "IdentifierIndexKey" ORDER BY 1, 2, 3, 4`;
  const holders = await db().$queryRaw<(Omit<KeyRow, "refs"> & { refs: number; sources: string[] })[]>`
    SELECT "hash", "final", "type", COALESCE("word", '') AS "word", count(*)::int AS "refs", array_agg(DISTINCT "sourceId" ORDER BY "sourceId") AS "sources"
    FROM "IdentifierIndexEntry" WHERE NOT ("final" AND "type" <> 'WORD') GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
  return { keys, holders };
}

/** The stored counts are exactly the rows that hold each key, and no key outlives its holders. */
async function expectCountsMatchHolders() {
  const { keys, holders } = await sharedKeys();
  expect(keys).toEqual(holders.map(({ hash, final, type, word, refs }) => ({ hash, final, type, word, refs })));
  return { keys, holders };
}

const sorted = (ids: string[]) => [...ids].sort();

async function sourcesFoundIn(text: string): Promise<string[]> {
  const hits = await findLeaks(db(), [{ field: "body", label: "Body", text }]);
  return sorted([...new Set(hits.flatMap((h) => (h.sourceId ? [h.sourceId] : [])))]);
}

describe("keys shared by sources in the blind index", () => {
  it("are stored once with a count of their holders, which erasure counts down until the key goes", async () => {
    await loadArabicWords();
    const admin = await createUser("ADMIN");
    const first = await createSource({ realName: "Mohammed Haddad" });
    const second = await createSource({ realName: "Mohammed Najjar" });

    const { keys, holders } = await expectCountsMatchHolders();
    const sharedByBoth = holders.filter((h) => h.sources.length === 2);
    // "Mohammed" is one word of both names: its keys are held by both, each stored once
    expect(sharedByBoth.length).toBeGreaterThan(0);
    for (const shared of sharedByBoth) expect(keys.filter((k) => k.hash === shared.hash && k.type === shared.type && k.word === shared.word)).toEqual([expect.objectContaining({ refs: 2 })]);

    expect(await sourcesFoundIn("We met Mohammed Haddad at the market.")).toEqual([first.id]);
    expect(await sourcesFoundIn("We met Mohammed Najjar at the market.")).toEqual([second.id]);
    expect(await sourcesFoundIn("We met Mohammed Haddad and Mohammed Najjar.")).toEqual(sorted([first.id, second.id]));

    await eraseSource(admin, { sourceId: first.id, confirmCode: first.code, reason: "Asked to be forgotten." }, rid());
    const afterOne = await expectCountsMatchHolders();
    for (const shared of sharedByBoth) {
      expect(afterOne.keys.filter((k) => k.hash === shared.hash && k.type === shared.type && k.word === shared.word)).toEqual([expect.objectContaining({ refs: 1 })]);
    }
    expect(afterOne.holders.every((h) => sorted(h.sources).join() === second.id)).toBe(true);
    expect(await sourcesFoundIn("We met Mohammed Haddad and Mohammed Najjar.")).toEqual([second.id]);

    await eraseSource(admin, { sourceId: second.id, confirmCode: second.code, reason: "Asked to be forgotten." }, rid());
    expect((await expectCountsMatchHolders()).keys).toEqual([]);
    expect(await sourcesFoundIn("We met Mohammed Haddad and Mohammed Najjar.")).toEqual([]);
  });

  it("answers the keys of a name with as many rows for one source as for many sharing its first name", async () => {
    await loadArabicWords();
    const keys = indexRecords(compileSurfaces(guardEntries([], "Mohammed Haddad"), "guard", isOrdinaryWord), appKeyHasher()).map((r) => r.key);
    const rowsRead = async () => [...(await databaseIndex(db())(keys)).values()].reduce((n, rows) => n + rows.length, 0);
    const first = await createSource({ realName: "Mohammed Haddad" });
    const alone = await rowsRead();
    for (const family of ["Najjar", "Shami", "Nouri", "Kamal"]) await createSource({ realName: `Mohammed ${family}` });
    await expectCountsMatchHolders();
    expect(await rowsRead()).toBe(alone);
    const answered = [...(await databaseIndex(db())(keys)).values()].flat();
    expect(answered.filter((r) => r.final && r.type !== "WORD").map((r) => r.sourceId)).toEqual(expect.arrayContaining([first.id]));
    expect(answered.filter((r) => !(r.final && r.type !== "WORD")).every((r) => r.sourceId === "")).toBe(true);
  });

  it("counts down when a dictionary entry goes with its rows (a cascade), and keeps finding what remains", async () => {
    await loadArabicWords();
    const { id, editor } = await createSource({ realName: "Karim Haddad" });
    const other = await createSource({ realName: "Yusuf Haddad" });
    const dictionary = await addDictionaryEntry(editor, { sourceId: id, text: "Abu Yusuf al-Shami", type: "ALIAS", variants: ["Abou Youssef"] }, rid());
    await expectCountsMatchHolders();
    expect(await sourcesFoundIn("They called him Abu Yusuf al-Shami.")).toEqual([id]);

    await removeDictionaryEntry(editor, { sourceId: id, entryId: dictionary[0]!.id }, rid());
    await expectCountsMatchHolders();
    expect(await sourcesFoundIn("They called him Abu Yusuf al-Shami.")).toEqual([]);
    expect(await sourcesFoundIn("Karim Haddad and Yusuf Haddad were there.")).toEqual(sorted([id, other.id]));
  });

  it("loses no count when sources sharing keys are indexed at the same time", async () => {
    await loadArabicWords();
    const editor = await createUser("EDITOR");
    const sources = await Promise.all(["Haddad", "Najjar", "Shami", "Nouri", "Kamal", "Azar"].map((family) => createSource({ editor, realName: `Mohammed ${family}` })));
    await Promise.all(sources.map((s) => addDictionaryEntry(editor, { sourceId: s.id, text: "Abu Ahmad", type: "ALIAS", variants: ["Abou Ahmed"] }, rid())));
    const { holders } = await expectCountsMatchHolders();
    expect(holders.some((h) => h.sources.length === sources.length && h.refs === sources.length)).toBe(true);
    // a check names one source per place; the index itself still holds the alias for all six
    expect(await sourcesFoundIn("Known as Abu Ahmad.")).toHaveLength(1);
    const keys = indexRecords(compileSurfaces(guardEntries([{ text: "Abu Ahmad", type: "ALIAS" }]), "guard", isOrdinaryWord), appKeyHasher()).map((r) => r.key);
    const naming = [...(await databaseIndex(db())(keys)).values()].flat().filter((r) => r.final && r.type === "ALIAS");
    expect(sorted([...new Set(naming.map((r) => r.sourceId))])).toEqual(sorted(sources.map((s) => s.id)));
  });
});
