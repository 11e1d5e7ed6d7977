import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createSource, createUser, rid } from "@/tests/support/factories";
import { createSource as createSourceCommand } from "./create-source";
import { updateSource } from "./update-source";
import { listSources } from "./list-sources";
import { getSource } from "./get-source";
import { revealSourceIdentifiers } from "./reveal-source-identifiers";
import { addDictionaryEntry } from "./add-dictionary-entry";
import { removeDictionaryEntry } from "./remove-dictionary-entry";
import { readSourceDictionary } from "./read-source-dictionary";

const REAL_NAME = "Karim Haddad";
const NOTES = "Lives near the old bus station; call +90 532 000 00 17 after dark.";

async function rawSourceBytes(sourceId: string): Promise<string> {
  const rows = await db().$queryRaw<{ row: string }[]>`SELECT row_to_json(s)::text AS row FROM "Source" s WHERE id = ${sourceId}`;
  const entries = await db().$queryRaw<{ entry: Buffer }[]>`SELECT "entryEnc" AS entry FROM "DictionaryEntry" WHERE "sourceId" = ${sourceId}`;
  return [rows[0]?.row ?? "", ...entries.map((e) => Buffer.from(e.entry).toString("latin1"))].join("\n");
}

describe("creating sources", () => {
  it("gives sequential code names S-0001, S-0002, … also when created at once", async () => {
    const editor = await createUser("EDITOR");
    const first = await createSourceCommand(editor, { riskLevel: "LOW" }, rid());
    const rest = await Promise.all([1, 2, 3].map(() => createSourceCommand(editor, { riskLevel: "LOW" }, rid())));
    expect(first.code).toBe("S-0001");
    expect(rest.map((s) => s.code).sort()).toEqual(["S-0002", "S-0003", "S-0004"]);
  });

  it("stores real name, notes and dictionary only encrypted", async () => {
    const editor = await createUser("EDITOR");
    const { id } = await createSourceCommand(editor, { riskLevel: "CRITICAL", realName: REAL_NAME, notes: NOTES, pseudonym: "The Mechanic" }, rid());
    await addDictionaryEntry(editor, { sourceId: id, text: "Abu Yusuf al-Shami", type: "ALIAS", variants: ["Abou Youssef", "ابو يوسف الشامي"] }, rid());
    const raw = await rawSourceBytes(id);
    for (const secret of [REAL_NAME, "Karim", "532 000", "Abu Yusuf", "Abou Youssef", "يوسف"]) expect(raw).not.toContain(secret);
    expect(raw).toContain("The Mechanic");
  });

  it("makes the creator the handling editor by default and refuses a non-editor", async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const { id } = await createSourceCommand(editor, { riskLevel: "MEDIUM" }, rid());
    expect((await getSource(editor, id))?.handlingEditor.id).toBe(editor.id);
    await expect(createSourceCommand(editor, { riskLevel: "MEDIUM", handlingEditorId: reviewer.id }, rid())).rejects.toThrow(/active editor/);
    expect(await db().source.count()).toBe(1);
  });

  it("records the creation without secrets", async () => {
    const { id, editor } = await createSource({ realName: REAL_NAME });
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "source.created" } });
    expect(event).toMatchObject({ actorId: editor.id, targetId: id });
    expect(JSON.stringify(event)).not.toContain(REAL_NAME);
  });
});

describe("who may touch sources", () => {
  it("refuses partners everything, admins (without emergency access) the identifiers and every change, and reviewers every change", async () => {
    const { id } = await createSource({ realName: REAL_NAME });
    const partner = await createUser("PARTNER");
    await expect(listSources(partner)).rejects.toThrow(/not allowed/);
    await expect(getSource(partner, id)).rejects.toThrow(/not allowed/);
    await expect(revealSourceIdentifiers(partner, id, rid())).rejects.toThrow(/not allowed/);
    await expect(createSourceCommand(partner, { riskLevel: "LOW" }, rid())).rejects.toThrow(/not allowed/);
    // Admins see the code name, risk and state like everyone on staff, and nothing that identifies.
    const admin = await createUser("ADMIN");
    expect((await listSources(admin)).total).toEqual({ count: 1, exact: true });
    expect(await getSource(admin, id)).toMatchObject({ id });
    await expect(revealSourceIdentifiers(admin, id, rid())).rejects.toThrow(/Only the team of S-\d{4}/);
    await expect(createSourceCommand(admin, { riskLevel: "LOW" }, rid())).rejects.toThrow(/not allowed/);
    const reviewer = await createUser("REVIEWER");
    expect((await listSources(reviewer)).total).toEqual({ count: 1, exact: true });
    await expect(updateSource(reviewer, { sourceId: id, version: 1, pseudonym: "X" }, rid())).rejects.toThrow(/not allowed/);
    await expect(addDictionaryEntry(reviewer, { sourceId: id, text: "X", type: "PERSON", variants: [] }, rid())).rejects.toThrow(/not allowed/);
    expect(await db().auditEvent.count({ where: { action: "source.identifiers-viewed" } })).toBe(0);
  });
});

describe("editing a source", () => {
  it("changes only the given fields and bumps the version", async () => {
    const { id, editor } = await createSource({ realName: REAL_NAME, pseudonym: "Old" });
    const { version } = await updateSource(editor, { sourceId: id, version: 1, pseudonym: "New", riskLevel: "CRITICAL" }, rid());
    expect(version).toBe(2);
    const identifiers = await revealSourceIdentifiers(editor, id, rid());
    expect(identifiers).toMatchObject({ realName: REAL_NAME, version: 2 });
    expect(await getSource(editor, id)).toMatchObject({ pseudonym: "New", riskLevel: "CRITICAL" });
    await updateSource(editor, { sourceId: id, version: 2, realName: "", notes: NOTES }, rid());
    expect(await revealSourceIdentifiers(editor, id, rid())).toMatchObject({ realName: null, notes: NOTES });
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "source.updated" }, orderBy: { at: "desc" } });
    expect(event.details).toEqual({ fields: ["realName", "notes"], version: 3 });
  });

  it("refuses an edit based on a version someone else already changed", async () => {
    const { id, editor } = await createSource();
    const other = await createUser("EDITOR");
    await db().sourceTeamMember.create({ data: { sourceId: id, userId: other.id } });
    await updateSource(other, { sourceId: id, version: 1, pseudonym: "Theirs" }, rid());
    await expect(updateSource(editor, { sourceId: id, version: 1, pseudonym: "Mine" }, rid())).rejects.toThrow(/Someone else changed this source/);
    expect((await getSource(editor, id))?.pseudonym).toBe("Theirs");
  });

  it("lets exactly one of two simultaneous edits through", async () => {
    const { id, editor } = await createSource();
    const results = await Promise.allSettled(["A", "B"].map((p) => updateSource(editor, { sourceId: id, version: 1, pseudonym: p }, rid())));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await db().source.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });

  it("answers an unknown source with NotFound or null", async () => {
    const editor = await createUser("EDITOR");
    expect(await getSource(editor, "no-such-source")).toBeNull();
    await expect(revealSourceIdentifiers(editor, "no-such-source", rid())).rejects.toThrow(/No such source/);
    await expect(readSourceDictionary(db(), "no-such-source")).rejects.toThrow(/No such source/);
  });
});

describe("identifiers and dictionary", () => {
  it("records every reveal of the identifiers, without the identifiers", async () => {
    const { id, editor } = await createSource({ realName: REAL_NAME });
    const reviewer = await createUser("REVIEWER");
    await db().sourceTeamMember.create({ data: { sourceId: id, userId: reviewer.id } });
    expect((await revealSourceIdentifiers(reviewer, id, rid())).realName).toBe(REAL_NAME);
    await revealSourceIdentifiers(editor, id, rid());
    const events = await db().auditEvent.findMany({ where: { action: "source.identifiers-viewed" }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.actorId, e.targetId])).toEqual([
      [reviewer.id, id],
      [editor.id, id],
    ]);
    expect(JSON.stringify(events)).not.toContain("Karim");
  });

  it("adds and removes entries, refusing duplicates and entries of another source", async () => {
    const { id, editor } = await createSource();
    const other = await createSource({ editor });
    const afterAdd = await addDictionaryEntry(editor, { sourceId: id, text: "Abu Yusuf al-Shami", type: "ALIAS", variants: "Abou Youssef, ابو يوسف الشامي، Abu Yusuf al-Shami" as unknown as string[] }, rid());
    expect(afterAdd).toEqual([{ id: expect.any(String), text: "Abu Yusuf al-Shami", type: "ALIAS", variants: ["Abou Youssef", "ابو يوسف الشامي"] }]);
    await expect(addDictionaryEntry(editor, { sourceId: id, text: "abu yusuf al-shami", type: "ALIAS", variants: [] }, rid())).rejects.toThrow(/already in the dictionary/);
    await addDictionaryEntry(editor, { sourceId: id, text: "Manbij", type: "LOCATION", variants: [] }, rid());
    const entryId = afterAdd[0]!.id;
    await expect(removeDictionaryEntry(editor, { sourceId: other.id, entryId }, rid())).rejects.toThrow(/no longer in the dictionary/);
    expect((await removeDictionaryEntry(editor, { sourceId: id, entryId }, rid())).map((e) => e.text)).toEqual(["Manbij"]);
    expect((await readSourceDictionary(db(), id)).map((e) => e.text)).toEqual(["Manbij"]);
    const changes = await db().auditEvent.findMany({ where: { action: "source.dictionary-changed" } });
    expect(changes).toHaveLength(3);
    expect(JSON.stringify(changes)).not.toMatch(/Manbij|Yusuf/);
    // Each change sends the whole dictionary back to the screen, so each is also a recorded view.
    expect(await db().auditEvent.count({ where: { action: "source.identifiers-viewed", targetId: id } })).toBe(3);
  });

  it("refuses a blank or unknown-type entry and saves nothing", async () => {
    const { id, editor } = await createSource();
    await expect(addDictionaryEntry(editor, { sourceId: id, text: "  ", type: "PERSON", variants: [] }, rid())).rejects.toThrow(/highlighted/);
    await expect(addDictionaryEntry(editor, { sourceId: id, text: "X", type: "SHOE" as "PERSON", variants: [] }, rid())).rejects.toThrow(/highlighted/);
    expect(await db().dictionaryEntry.count()).toBe(0);
  });
});

describe("the sources list", () => {
  it("shows public fields, testimony counts and consent status, newest first", async () => {
    const { editor } = await createSource({ pseudonym: "First" });
    await createSource({ editor, pseudonym: "Second" });
    const page = await listSources(editor);
    expect(page.items.map((s) => [s.code, s.pseudonym, s.testimonyCount, s.consentStatus])).toEqual([
      ["S-0002", "Second", 0, "NONE"],
      ["S-0001", "First", 0, "NONE"],
    ]);
    expect(JSON.stringify(page)).not.toMatch(/wrappedKey|Enc/);
  });
});
