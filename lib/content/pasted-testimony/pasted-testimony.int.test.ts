import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { createApprovedRedactedText, createUser, rid, redactedTextOf } from "@/tests/support/factories";
import { createSourceWithTestimony } from "@/tests/support/testimony-fixtures";
import { withdrawConsent } from "@/lib/sources/withdraw-consent";
import { openRedaction } from "@/lib/redaction/open-redaction";
import { saveRedaction } from "@/lib/redaction/save-redaction";
import { submitRedaction } from "@/lib/redaction/submit-redaction";
import { approveRedaction } from "@/lib/redaction/review-redaction";
import { createItem } from "../create-item";
import { saveItem } from "../save-item";
import { submitItem } from "../submit-item";
import { approveItem } from "../review-item";
import { publishItem } from "../publish-item";
import { insertQuote } from "../insert-quote";
import { getItem } from "../get-item";
import { SHINGLE_FORMAT, shinglesOf } from "./shingles";

const ENGLISH =
  "[PERSON 1] said the emirs kept the best houses for themselves while the fighters went hungry.\n\n" +
  "Nobody received the salary they were promised. When the bombing started, the foreign fighters with connections went to the rear, and men like me were sent to the front in groups of twenty.";
const ARABIC = "عندما بدأ القصف ذهب الأجانب أصحاب الواسطة إلى الخطوط الخلفية، وأُرسل أمثالي إلى الجبهة في مجموعات من عشرين، كأننا خراطيش. معظم مجموعتي لم يرجعوا.";
const PASTED = "When the bombing started, the foreign fighters with connections went to the rear";
const fields = { type: "ARTICLE" as const, language: "en" as "en" | "ar", themeIds: [], audiences: [], channels: ["WEB" as const], internalNotes: null };

async function people() {
  return { editor: await createUser("EDITOR"), reviewer: await createUser("REVIEWER") };
}

async function detected(itemId: string) {
  return db().contentQuote.findMany({ where: { itemId, detected: true }, select: { sourceId: true, redactedTextId: true, usage: true, start: true, end: true } });
}

async function draftWith(editor: Actor, body: string, language: "en" | "ar" = "en") {
  return createItem(editor, { ...fields, language, title: "What they were given", body }, rid());
}

describe("testimony pasted into an item", () => {
  it("links English testimony pasted without the picker, re-wrapped, re-punctuated and re-cased, to its source as a verbatim quote", async () => {
    const { editor, reviewer } = await people();
    const testimony = await createApprovedRedactedText(editor, reviewer, { text: ENGLISH });
    const { id } = await draftWith(editor, "They were promised a brotherhood.\n\nWHEN THE BOMBING STARTED — the foreign fighters\nwith connections went to the rear!");
    const links = await detected(id);
    expect(links).toEqual([{ sourceId: testimony.sourceId, redactedTextId: testimony.redactedTextId, usage: "VERBATIM", start: expect.any(Number), end: expect.any(Number) }]);
    expect(ENGLISH.slice(links[0]!.start, links[0]!.end)).toBe(PASTED);
    const view = await getItem(editor, id);
    expect(view?.pasted).toEqual([{ sourceId: testimony.sourceId, sourceCode: testimony.sourceCode, places: [{ field: "body", label: "Body", paragraph: 2 }] }]);
    expect(view?.quotes).toEqual([]);
  });

  it("links Arabic testimony pasted with tashkeel, tatweel and another keyboard's letters", async () => {
    const { editor, reviewer } = await people();
    const testimony = await createApprovedRedactedText(editor, reviewer, { text: ARABIC, language: "ar" });
    const { id } = await draftWith(editor, "قال لنا أحدهم:\n\nعِنْدَمَا بدأ القصـــف ذهب الاجانب أصحاب الواسطه الی الخطوط الخلفیة", "ar");
    const links = await detected(id);
    expect(links.map((l) => [l.sourceId, l.usage])).toEqual([[testimony.sourceId, "VERBATIM"]]);
    expect(ARABIC.slice(links[0]!.start, links[0]!.end)).toBe("عندما بدأ القصف ذهب الأجانب أصحاب الواسطة إلى الخطوط الخلفية");
  });

  it("says so in the save's result, adds no duplicate on saving again, and drops the link once the text is edited away", async () => {
    const { editor, reviewer } = await people();
    const testimony = await createApprovedRedactedText(editor, reviewer, { text: ENGLISH });
    const { id } = await draftWith(editor, "Nothing pasted yet.");
    const body = `Our introduction.\n\n${PASTED}.`;
    const first = await saveItem(editor, { ...fields, itemId: id, expectedVersion: 1, title: "What they were given", body }, rid());
    expect(first.pasted.map((s) => [s.sourceCode, s.places.map((p) => p.paragraph)])).toEqual([[testimony.sourceCode, [2]]]);
    await saveItem(editor, { ...fields, itemId: id, expectedVersion: 2, title: "What they were given", body: `${body}\n\nA closing line.` }, rid());
    expect(await detected(id)).toHaveLength(1);
    const edited = await saveItem(editor, { ...fields, itemId: id, expectedVersion: 3, title: "What they were given", body: "Our introduction, in our own words: the fighters with connections stayed safe." }, rid());
    expect(edited.pasted).toEqual([]);
    expect(await detected(id)).toEqual([]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "content.saved", targetId: id, details: { path: ["version"], equals: 2 } } });
    expect(audit.details).toMatchObject({ pastedFrom: [testimony.sourceId] });
  });

  it("links nothing for text on the same theme that repeats no eight words", async () => {
    const { editor, reviewer } = await people();
    await createApprovedRedactedText(editor, reviewer, { text: ENGLISH });
    const { id } = await draftWith(editor, "When the bombing started, the men with connections left for the rear and the rest of us went to the front.");
    expect(await detected(id)).toEqual([]);
  });

  it("does not link a passage twice when it was picked with the quote picker", async () => {
    const { editor, reviewer } = await people();
    const testimony = await createApprovedRedactedText(editor, reviewer, { text: ENGLISH });
    const { id } = await draftWith(editor, "Intro.");
    const start = ENGLISH.indexOf("Nobody");
    const { version } = await insertQuote(editor, { itemId: id, expectedVersion: 1, redactedTextId: testimony.redactedTextId, start, end: ENGLISH.length, usage: "VERBATIM" }, rid());
    const { body } = await db().contentItem.findUniqueOrThrow({ where: { id } });
    await saveItem(editor, { ...fields, itemId: id, expectedVersion: version, title: "Picked", body }, rid());
    expect(await db().contentQuote.findMany({ where: { itemId: id }, select: { detected: true } })).toEqual([{ detected: false }]);
  });

  it("finds testimony approved after the item was written when the item is submitted", async () => {
    const { editor, reviewer } = await people();
    const { id } = await draftWith(editor, `In his words: ${PASTED}.`);
    expect(await detected(id)).toEqual([]);
    const testimony = await createApprovedRedactedText(editor, reviewer, { text: ENGLISH });
    const submitted = await submitItem(editor, { itemId: id, expectedVersion: 1, reviewerId: reviewer.id }, rid());
    expect(submitted.pasted.map((s) => s.sourceCode)).toEqual([testimony.sourceCode]);
    expect((await detected(id)).map((l) => l.sourceId)).toEqual([testimony.sourceId]);
  });
});

describe("the consent of pasted testimony", () => {
  it("applies at approval, naming the source and what is missing", async () => {
    const { editor, reviewer } = await people();
    const testimony = await createApprovedRedactedText(editor, reviewer, { text: ENGLISH, consent: { scopes: ["VERBATIM"], channels: ["WEB"], languages: ["en"] } });
    const { id } = await draftWith(editor, `In his words: ${PASTED}.`);
    await submitItem(editor, { itemId: id, expectedVersion: 1, reviewerId: reviewer.id }, rid());
    const error = await approveItem(reviewer, { itemId: id, expectedVersion: 1 }, rid()).catch((e: Error) => e);
    expect(String(error)).toMatch(new RegExp(`cannot be approved: Source ${testimony.sourceCode}: consent does not cover sharing with partner organisations`));
    expect((await db().contentItem.findUniqueOrThrow({ where: { id } })).state).toBe("IN_REVIEW");
  });

  it("retires a published item when the source whose words were pasted into it withdraws consent", async () => {
    const { editor, reviewer } = await people();
    const testimony = await createApprovedRedactedText(editor, reviewer, { text: ENGLISH });
    const { id } = await draftWith(editor, `In his words: ${PASTED}.`);
    await submitItem(editor, { itemId: id, expectedVersion: 1, reviewerId: reviewer.id }, rid());
    await approveItem(reviewer, { itemId: id, expectedVersion: 1 }, rid());
    await publishItem(editor, { itemId: id, expectedVersion: 1 }, rid());
    const consent = await db().consent.findUniqueOrThrow({ where: { sourceId: testimony.sourceId } });
    await withdrawConsent(editor, { sourceId: testimony.sourceId, version: consent.version }, rid());
    expect(await db().contentItem.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "RETIRED", retiredReason: "consent withdrawn" });
    expect(await db().auditEvent.count({ where: { action: "content.retired", targetId: id } })).toBe(1);
  });
});

describe("the index of approved testimony", () => {
  it("holds the shingles of a redaction from its approval, and loses them when the redaction is reopened", async () => {
    const { editor, reviewer } = await people();
    const transcript = "My cousin Samir said nobody received the salary they were promised, and the emirs kept the best houses for themselves while we went hungry.";
    const { testimonyId } = await createSourceWithTestimony(editor, transcript, [{ text: "Samir", type: "PERSON", variants: [] }]);
    const opened = await openRedaction(editor, testimonyId, "edit", rid());
    const accepted = opened.work.spans.map((s) => ({ ...s, status: "ACCEPTED" as const }));
    const saved = await saveRedaction(editor, { testimonyId, expectedVersion: opened.version, work: { ...opened.work, spans: accepted } }, rid());
    await submitRedaction(editor, { testimonyId, expectedVersion: saved.version, reviewerId: reviewer.id }, rid());
    const review = await openRedaction(reviewer, testimonyId, "review", rid());
    await approveRedaction(reviewer, { testimonyId, expectedVersion: review.version, textHash: review.textHash }, rid());
    const redacted = await db().redactedText.findUniqueOrThrow({ where: { testimonyId } });
    expect(redacted.shingleFormat).toBe(SHINGLE_FORMAT);
    expect(await db().testimonyShingle.count({ where: { redactedTextId: redacted.id } })).toBe(shinglesOf(await redactedTextOf({ id: redacted.id })).length);

    const reopened = await openRedaction(editor, testimonyId, "edit", rid());
    const rejected = reopened.work.spans.map((s, i) => (i === 0 ? { ...s, status: "REJECTED" as const } : s));
    await saveRedaction(editor, { testimonyId, expectedVersion: reopened.version, work: { ...reopened.work, spans: rejected } }, rid());
    expect(await db().redactedText.count({ where: { testimonyId } })).toBe(0);
    expect(await db().testimonyShingle.count({ where: { redactedTextId: redacted.id } })).toBe(0);
  });

  it("indexes testimony approved before the index existed at first use", async () => {
    const { editor, reviewer } = await people();
    const testimony = await createApprovedRedactedText(editor, reviewer, { text: ENGLISH });
    expect(await db().testimonyShingle.count()).toBe(0);
    await draftWith(editor, "Unrelated text.");
    expect(await db().testimonyShingle.count({ where: { redactedTextId: testimony.redactedTextId } })).toBe(shinglesOf(ENGLISH).length);
    expect((await db().redactedText.findUniqueOrThrow({ where: { id: testimony.redactedTextId } })).shingleFormat).toBe(SHINGLE_FORMAT);
  });
});
