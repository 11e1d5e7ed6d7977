// Erasure (crypto-shredding) against real PostgreSQL: the data key and every derived artefact
// go in one transaction, items quoting the source are retired with notices, the tombstone
// and audit trail remain, and a wrong confirmation or a non-admin changes nothing.
import { searchEverything } from "@/lib/search/search-everything";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { sourceCipher } from "@/lib/crypto/source-keys";
import { findLeaks } from "@/lib/content/leak-guard";
import { listWithdrawalNotices } from "@/lib/delivery/list-withdrawal-notices";
import { InvalidInput, InvalidTransition, NotAllowed } from "@/lib/errors";
import { createApprovedRedactedText, createContentItem, createPartnerOrg, createUser, rid } from "@/tests/support/factories";
import { loadArabicWords } from "@/lib/leak-guard/arabic-words";
import { eraseSource } from "./erase-source";
import { ERASED_SOURCE_BODY } from "@/lib/content/blank-items-quoting-source";

async function artefactsOf(sourceId: string) {
  const testimonyIds = (await db().testimony.findMany({ where: { sourceId }, select: { id: true } })).map((t) => t.id);
  return {
    testimonies: testimonyIds.length,
    media: await db().testimonyMedia.count({ where: { testimonyId: { in: testimonyIds } } }),
    redactions: await db().redaction.count({ where: { testimonyId: { in: testimonyIds } } }),
    redactedTexts: await db().redactedText.count({ where: { sourceId } }),
    shingles: await db().testimonyShingle.count({ where: { sourceId } }),
    dictionary: await db().dictionaryEntry.count({ where: { sourceId } }),
    indexRows: await db().identifierIndexEntry.count({ where: { sourceId } }),
    consent: await db().consent.count({ where: { sourceId } }),
  };
}

async function seedSourceInUse() {
  const editor = await createUser("EDITOR");
  const reviewer = await createUser("REVIEWER");
  const made = await createApprovedRedactedText(editor, reviewer, { text: "[PERSON 1] said the emirs kept the best houses for themselves while the fighters went hungry." });
  const source = await db().source.findUniqueOrThrow({ where: { id: made.sourceId } });
  const cipher = sourceCipher(source);
  await db().testimonyMedia.create({ data: { testimonyId: made.testimonyId, fileNameEnc: cipher.sealText("media:name", "voice.ogg"), mimeType: "audio/ogg", size: 3, contentEnc: cipher.seal("media:content", Buffer.from("ogg")) } });
  await db().testimonyShingle.create({ data: { redactedTextId: made.redactedTextId, sourceId: made.sourceId, hash: "0123456789abcdef", start: 0, end: 40 } });
  await loadArabicWords(); // once, outside the index transaction's time limit on a busy machine
  await findLeaks(db(), [{ field: "body", label: "Body", text: "warm-up" }]); // builds the blind index of the dictionary
  const quoting = "> The emirs kept the best houses for themselves while the fighters went hungry.";
  const item = await createContentItem({ createdBy: editor, title: "The houses of the emirs", state: "PUBLISHED", body: quoting });
  await db().contentQuote.create({ data: { itemId: item.id, redactedTextId: made.redactedTextId, sourceId: made.sourceId, start: 0, end: 40 } });
  const earlierRetired = await createContentItem({ createdBy: editor, title: "Hunger", state: "RETIRED", body: quoting });
  await db().contentQuote.create({ data: { itemId: earlierRetired.id, redactedTextId: made.redactedTextId, sourceId: made.sourceId, start: 0, end: 40 } });
  for (const it of [item, earlierRetired]) {
    await db().contentVersion.create({ data: { itemId: it.id, number: 1, type: "ARTICLE", language: "en", title: "v1", body: quoting, themeIds: [], audiences: [], channels: [], quoteIds: [], attachmentIds: [], editedById: editor.id } });
  }
  const org = await createPartnerOrg();
  const partner = await createUser("PARTNER", { partnerOrgId: org.id });
  await db().download.create({ data: { itemId: item.id, itemVersion: 1, partnerOrgId: org.id, format: "pdf", reference: `REF-${rid().slice(0, 6)}` } });
  return { ...made, editor, reviewer, item, earlierRetired, partner };
}

describe("erasing a source", () => {
  it("destroys its data key and every derived artefact, retires what quotes it, and keeps a tombstone", async () => {
    const admin = await createUser("ADMIN");
    const erased = await seedSourceInUse();
    const survivor = await seedSourceInUse();
    const before = await artefactsOf(erased.sourceId);
    expect(Object.values(before).every((n) => n > 0)).toBe(true);

    const result = await eraseSource(admin, { sourceId: erased.sourceId, confirmCode: erased.sourceCode, reason: "The source asked to be forgotten." }, rid());
    expect(result).toMatchObject({ code: erased.sourceCode, retiredItems: 1 });

    expect(Object.values(await artefactsOf(erased.sourceId)).every((n) => n === 0)).toBe(true);
    const tombstone = await db().source.findUniqueOrThrow({ where: { id: erased.sourceId } });
    expect(tombstone).toMatchObject({ code: erased.sourceCode, wrappedKey: null, realNameEnc: null, notesEnc: null, pseudonym: null, erasedById: admin.id, erasureReason: "The source asked to be forgotten." });
    expect(tombstone.erasedAt).toBeInstanceOf(Date);
    expect(() => sourceCipher(tombstone)).toThrow(/erased/);
    // search of approved testimony finds nothing of it
    const found = await searchEverything(erased.editor, { q: "emirs houses" });
    expect(found.items.filter((hit) => hit.kind === "testimony").map((hit) => hit.kind === "testimony" && hit.sourceId)).toEqual([survivor.sourceId]);

    const item = await db().contentItem.findUniqueOrThrow({ where: { id: erased.item.id } });
    expect(item).toMatchObject({ state: "RETIRED", retiredReason: "source erased", body: ERASED_SOURCE_BODY, title: "The houses of the emirs" });
    // every saved version too, and an item retired earlier (consent withdrawn) that quoted it
    for (const id of [erased.item.id, erased.earlierRetired.id]) {
      const versions = await db().contentVersion.findMany({ where: { itemId: id } });
      expect(versions.length).toBeGreaterThan(0);
      expect(versions.every((v) => v.body === ERASED_SOURCE_BODY)).toBe(true);
    }
    expect((await db().contentItem.findUniqueOrThrow({ where: { id: erased.earlierRetired.id } })).body).toBe(ERASED_SOURCE_BODY);
    const wordsOfTheSource = await db().$queryRaw<{ n: bigint }[]>`
      SELECT (SELECT count(*) FROM "ContentItem" WHERE "body" LIKE '%fighters went hungry%' AND "id" = ANY(${[erased.item.id, erased.earlierRetired.id]}::text[]))
           + (SELECT count(*) FROM "ContentVersion" WHERE "body" LIKE '%fighters went hungry%' AND "itemId" = ANY(${[erased.item.id, erased.earlierRetired.id]}::text[])) AS n`;
    expect(Number(wordsOfTheSource[0]!.n)).toBe(0);
    expect((await db().contentItem.findUniqueOrThrow({ where: { id: survivor.item.id } })).body).toContain("fighters went hungry");
    const notices = await listWithdrawalNotices(erased.partner);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ id: erased.item.id, titleWithheld: true });
    expect(JSON.stringify(notices)).not.toContain("houses of the emirs");

    // the other source is untouched
    expect(await artefactsOf(survivor.sourceId)).toEqual(before);
    expect((await db().contentItem.findUniqueOrThrow({ where: { id: survivor.item.id } })).state).toBe("PUBLISHED");

    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "source.erased", targetId: erased.sourceId } });
    expect(audit.details).toMatchObject({ code: erased.sourceCode, testimonies: 1, media: 1, dictionaryEntries: 3, retiredItems: 1 });
    expect(JSON.stringify(audit)).not.toMatch(/Karim|Haddad|forgotten/);
    // earlier audit events about the source remain
    expect(await db().auditEvent.count({ where: { action: "content.retired", details: { path: ["sourceId"], equals: erased.sourceId } } })).toBe(1);

    await expect(eraseSource(admin, { sourceId: erased.sourceId, confirmCode: erased.sourceCode, reason: "Once more, to be sure." }, rid())).rejects.toThrow(InvalidTransition);
  });

  it("changes nothing without the exact code typed, or for anyone but an admin", async () => {
    const admin = await createUser("ADMIN");
    const target = await seedSourceInUse();
    const before = await artefactsOf(target.sourceId);
    const reason = "The source asked to be forgotten.";
    await expect(eraseSource(admin, { sourceId: target.sourceId, confirmCode: "S-9999", reason }, rid())).rejects.toThrow(InvalidInput);
    await expect(eraseSource(admin, { sourceId: target.sourceId, confirmCode: target.sourceCode, reason: "short" }, rid())).rejects.toThrow(InvalidInput);
    // The reason outlives the key on the tombstone: it must not name the source.
    // (createSourceWithTestimony gives every source the real name Karim Haddad)
    await expect(eraseSource(admin, { sourceId: target.sourceId, confirmCode: target.sourceCode, reason: "Karim Haddad asked to be forgotten." }, rid())).rejects.toThrow(/must not identify anyone/);
    for (const someone of [target.editor, target.reviewer, target.partner]) {
      await expect(eraseSource(someone, { sourceId: target.sourceId, confirmCode: target.sourceCode, reason }, rid())).rejects.toThrow(NotAllowed);
    }
    expect(await artefactsOf(target.sourceId)).toEqual(before);
    expect((await db().source.findUniqueOrThrow({ where: { id: target.sourceId } })).wrappedKey).not.toBeNull();
    expect(await db().auditEvent.count({ where: { action: "source.erased" } })).toBe(0);
  });
});
