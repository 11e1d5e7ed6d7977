// Red team of erasure: after a source is erased, none of its approved words may stay readable
// anywhere an item kept them — not in a version saved before the pasted passage was edited
// out, nor in an image's alt text or caption, the item's internal notes or its comments.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createApprovedRedactedText, createUser, rid } from "@/tests/support/factories";
import { createItem } from "@/lib/content/create-item";
import { saveItem } from "@/lib/content/save-item";
import { insertQuote } from "@/lib/content/insert-quote";
import { eraseSource } from "./erase-source";

const TESTIMONY = "Nobody received the salary they were promised. When the bombing started, the foreign fighters with connections went to the rear, and men like me were sent to the front in groups of twenty.";
const PASTED = "When the bombing started, the foreign fighters with connections went to the rear";
const fields = { type: "ARTICLE" as const, language: "en" as const, themeIds: [], audiences: [], channels: ["WEB" as const], internalNotes: null };

async function eraseAs(sourceId: string, code: string) {
  const admin = await createUser("ADMIN");
  await eraseSource(admin, { sourceId, confirmCode: code, reason: "The source asked to be forgotten." }, rid());
}

async function textsKeptBy(itemId: string): Promise<string[]> {
  const item = await db().contentItem.findUniqueOrThrow({ where: { id: itemId }, select: { body: true, internalNotes: true, attachments: { select: { altText: true, caption: true } } } });
  const versions = await db().contentVersion.findMany({ where: { itemId }, select: { body: true } });
  const comments = await db().contentComment.findMany({ where: { itemId }, select: { body: true } });
  return [item.body, item.internalNotes ?? "", ...item.attachments.flatMap((a) => [a.altText ?? "", a.caption ?? ""]), ...versions.map((v) => v.body), ...comments.map((c) => c.body)];
}

describe("erasure leaves none of the source's words in items", () => {
  it("blanks an earlier version whose pasted passage a later save took out", async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const testimony = await createApprovedRedactedText(editor, reviewer, { text: TESTIMONY });
    const { id } = await createItem(editor, { ...fields, title: "At the front", body: `They told us we were brothers.\n\n${PASTED}.` }, rid());
    expect(await db().contentQuote.count({ where: { itemId: id, sourceId: testimony.sourceId } })).toBe(1);
    // The editor rewrites the paragraph: the detected link goes, version 1 keeps the words.
    await saveItem(editor, { ...fields, itemId: id, expectedVersion: 1, title: "At the front", body: "They told us we were brothers." }, rid());

    await eraseAs(testimony.sourceId, testimony.sourceCode);

    const kept = await textsKeptBy(id);
    expect(kept.filter((text) => text.includes("foreign fighters with connections"))).toEqual([]);
  });

  it("blanks the image texts, internal notes and comments of an item that quoted the source", async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    const testimony = await createApprovedRedactedText(editor, reviewer, { text: TESTIMONY });
    const { id } = await createItem(editor, { ...fields, type: "ARTICLE", title: "Sent to the front", body: "", internalNotes: `From the testimony: ${PASTED}` }, rid());
    const start = TESTIMONY.indexOf(PASTED);
    await insertQuote(editor, { itemId: id, expectedVersion: 1, redactedTextId: testimony.redactedTextId, start, end: start + PASTED.length, usage: "VERBATIM" }, rid());
    await db().contentAttachment.create({
      data: { itemId: id, fileName: "card.png", mimeType: "image/png", size: 1, content: Buffer.from("png"), altText: `A quote card: ${PASTED}`, caption: `“${PASTED}”` },
    });
    await db().contentComment.create({ data: { itemId: id, authorId: reviewer.id, version: 2, body: `Shorten “${PASTED}”.` } });

    await eraseAs(testimony.sourceId, testimony.sourceCode);

    const kept = await textsKeptBy(id);
    expect(kept.filter((text) => text.includes("foreign fighters with connections"))).toEqual([]);
  });

  it("retires and blanks an item that repeats the testimony but was last saved before it was approved", async () => {
    const editor = await createUser("EDITOR");
    const reviewer = await createUser("REVIEWER");
    // Saved first: the pasted-testimony check had nothing to link it to then.
    const { id } = await createItem(editor, { ...fields, title: "Sent ahead", body: `${PASTED}.` }, rid());
    const testimony = await createApprovedRedactedText(editor, reviewer, { text: TESTIMONY });
    expect(await db().contentQuote.count({ where: { itemId: id } })).toBe(0);

    await eraseAs(testimony.sourceId, testimony.sourceCode);

    expect(await textsKeptBy(id)).not.toContainEqual(expect.stringContaining("foreign fighters with connections"));
    expect(await db().contentItem.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "RETIRED", retiredReason: "source erased" });
  });
});
