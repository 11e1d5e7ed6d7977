// A listing remembers the titles it found clean, under the blind index's token: these tests
// pin that a remembered "clean" never outlives a change to the index — a dictionary entry
// learned, a real name given, an entry removed — so the very next listing checks again.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { stopJobWorkers } from "@/lib/jobs/job-queue";
import { identifierIndexToken } from "@/lib/leak-guard/index-generation";
import { listSharedCampaigns } from "@/lib/partners/list-shared-campaigns";
import { addDictionaryEntry } from "@/lib/sources/add-dictionary-entry";
import { removeDictionaryEntry } from "@/lib/sources/remove-dictionary-entry";
import { updateSource } from "@/lib/sources/update-source";
import { GET as apiAssets } from "@/app/api/v1/assets/route";
import { apiRequest } from "@/lib/partner-api/test-fixtures";
import { rid } from "@/tests/support/factories";
import { publishAndShare, sharedWorld, type SharedWorld } from "@/tests/support/partner-channels";
import { leaksInListedTitles, titleIfClean } from "./listed-title-leaks";

// Invented: no such place or person is known to anyone.
const PLACE = "Kani Masi";
const TITLE = `What ${PLACE} taught him`;
const OTHER_TITLE = "Bread before belief";
const BODY = "They promised salaries. Nobody got them.";

afterEach(() => stopJobWorkers());

const portalTitles = async (w: SharedWorld) => (await listSharedCampaigns(w.partner, 1, rid())).items.flatMap((c) => c.items.map((i) => i.item.title)).sort();
const apiTitles = async (w: SharedWorld) => ((await (await apiAssets(apiRequest("/api/v1/assets", w.apiToken))).json()) as { assets: { title: string }[] }).assets.map((a) => a.title).sort();
const suspendedAt = async (id: string) => (await db().contentItem.findUniqueOrThrow({ where: { id } })).suspendedAt;

async function listedClean() {
  const w = await sharedWorld([]);
  const id = await publishAndShare(w, { title: TITLE, body: BODY });
  const other = await publishAndShare(w, { title: OTHER_TITLE, body: BODY });
  // listed twice: the second listing is answered from what the first remembered
  expect(await portalTitles(w)).toEqual([OTHER_TITLE, TITLE].sort());
  expect(await portalTitles(w)).toEqual([OTHER_TITLE, TITLE].sort());
  expect(await apiTitles(w)).toEqual([OTHER_TITLE, TITLE].sort());
  return { w, id, other };
}

describe("titles a listing found clean", () => {
  it("are withheld from the portal at the next listing once a dictionary entry matches one, and its item is suspended", async () => {
    const { w, id, other } = await listedClean();
    await addDictionaryEntry(w.editor, { sourceId: w.passage.sourceId, text: PLACE, type: "LOCATION", variants: [] }, rid());

    expect(await portalTitles(w)).toEqual([OTHER_TITLE]);
    expect(await suspendedAt(id)).not.toBeNull();
    expect(await suspendedAt(other)).toBeNull();
  });

  it("are withheld from the partner API's asset list at the next listing once a dictionary entry matches one", async () => {
    const { w, id } = await listedClean();
    await addDictionaryEntry(w.editor, { sourceId: w.passage.sourceId, text: PLACE, type: "LOCATION", variants: [] }, rid());

    expect(await apiTitles(w)).toEqual([OTHER_TITLE]);
    expect(await suspendedAt(id)).not.toBeNull();
  });

  it("are withheld once a source's real name is set to what a title names", async () => {
    const w = await sharedWorld([]);
    const named = await publishAndShare(w, { title: "Dilan Qaraman remembers", body: BODY });
    expect(await portalTitles(w)).toEqual(["Dilan Qaraman remembers"]);
    const source = await db().source.findUniqueOrThrow({ where: { id: w.passage.sourceId }, select: { version: true, pseudonym: true } });
    await updateSource(w.editor, { sourceId: w.passage.sourceId, version: source.version, pseudonym: source.pseudonym, realName: "Dilan Qaraman", notes: null }, rid());

    expect(await portalTitles(w)).toEqual([]);
    expect(await suspendedAt(named)).not.toBeNull();
  });

  it("beside a refusal are not shown once a dictionary entry matches them", async () => {
    const w = await sharedWorld([]);
    expect(await titleIfClean(TITLE)).toBe(TITLE);
    await addDictionaryEntry(w.editor, { sourceId: w.passage.sourceId, text: PLACE, type: "LOCATION", variants: [] }, rid());
    expect(await titleIfClean(TITLE)).toBeNull();
  });

  it("are read afresh after an entry is removed too: the index's token changes with every write to it", async () => {
    const w = await sharedWorld([]);
    const before = await identifierIndexToken(db());
    await addDictionaryEntry(w.editor, { sourceId: w.passage.sourceId, text: PLACE, type: "LOCATION", variants: [] }, rid());
    const learned = await identifierIndexToken(db());
    expect(learned).not.toBeNull();
    expect(learned).not.toBe(before);
    expect(await leaksInListedTitles(db(), [{ field: "t", label: "Title", text: TITLE }])).not.toEqual([]);

    const entry = await db().dictionaryEntry.findFirstOrThrow({ where: { sourceId: w.passage.sourceId } });
    // the entry's index rows go by cascade, without a rebuild: the trigger still sees them go
    await removeDictionaryEntry(w.editor, { sourceId: w.passage.sourceId, entryId: entry.id }, rid());
    expect(await identifierIndexToken(db())).not.toBe(learned);
    expect(await leaksInListedTitles(db(), [{ field: "t", label: "Title", text: TITLE }])).toEqual([]);
  });

  it("are not remembered when the token's row is missing: every listing checks again", async () => {
    const w = await sharedWorld([]);
    await db().identifierIndexGeneration.deleteMany({});
    expect(await identifierIndexToken(db())).toBeNull();
    expect(await titleIfClean(TITLE)).toBe(TITLE);
    // a write that bypasses the trigger cannot happen through the app; here the row is gone
    // and the index changes under the same (missing) token: the title must still be caught
    await addDictionaryEntry(w.editor, { sourceId: w.passage.sourceId, text: PLACE, type: "LOCATION", variants: [] }, rid());
    await db().identifierIndexGeneration.deleteMany({});
    expect(await titleIfClean(TITLE)).toBeNull();
  });
});
